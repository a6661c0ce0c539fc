using HybridTrainer.Domain.Rules;

namespace HybridTrainer.Domain.Training;

/// <summary>
/// One planned session on one date. Either <see cref="Run"/> is set (kind Run) or <see cref="Exercises"/> is
/// non-empty (kind Lift). <see cref="Why"/> holds one to three reasons explaining it, as keys the web words.
/// </summary>
public sealed record PlannedSession(
    DateOnly Date,
    SessionKind Kind,
    RunType? RunType,
    LiftFocus? LiftFocus,
    int DurationMinutes,
    int PlannedRpe,
    RunPrescription? Run,
    IReadOnlyList<Exercise> Exercises,
    IReadOnlyList<Reason> Why)
{
    /// <summary>True when the lifts use deload percentages (week 4 of the wave, or a readiness downgrade).</summary>
    public bool IsDeload { get; init; }

    /// <summary>Id of the shoe to wear (R28), null for lifts or when no suitable pair is on file.</summary>
    public string? ShoeId { get; init; }

    /// <summary>Foam-rolling / mobility prompt after hard-on-legs lifts (R30): a key of <see cref="ReasonKeys"/>, or the sentence a plan stored before keys.</summary>
    public string? FoamRollingPrompt { get; init; }

    /// <summary>Set when an accepted readiness proposal (R27) replaced the planned session: the reason.</summary>
    public string? Adjustment { get; init; }

    /// <summary>
    /// The session an accepted R27 proposal replaced. Progressions (R10, R12) and the baselines of later weeks
    /// (R16, R17) keep counting the plan as it was, so one easy day does not reset them.
    /// </summary>
    public PlannedSession? Replaces { get; init; }

    /// <summary>The session as originally planned: itself, or the one it replaced.</summary>
    public PlannedSession AsPlanned() => Replaces ?? this;

    /// <summary>Session load in arbitrary units: RPE × minutes (R18).</summary>
    public int LoadAu => R18LoadAndMonotony.SessionLoad(PlannedRpe, DurationMinutes);

    /// <summary>Hard on the legs, as defined for R5 (sprint series, hills, heavy leg lifts).</summary>
    public bool HardOnLegs => R05HardEasySpacing.IsHardOnLegs(Kind, RunType, LiftFocus, IsDeload, DurationMinutes);

    public bool IsQualityRun => RunType is Training.RunType.Interval or Training.RunType.Hill;

    public bool IsEasyRun => RunType is Training.RunType.Steady or Training.RunType.Recovery;
}
