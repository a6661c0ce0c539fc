using HybridTrainer.Domain.Rules;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Planning;

/// <summary>Why a planned quality run became an easy one.</summary>
internal enum QualityChange
{
    None,
    NoviceGate,
    Spacing,
    LoadGuard,
}

/// <summary>A session before it is written out: enough to size durations and loads for R15–R18.</summary>
internal sealed class SessionDraft
{
    public required int Offset { get; set; }

    public required SlotRole Role { get; init; }

    public RunType? RunType { get; set; }

    public int Minutes { get; set; }

    public int Rpe { get; set; }

    public bool LiftDeload { get; set; }

    public bool LiftTrimmed { get; set; }

    /// <summary>Lifts taken to deload percentages by the load guard rather than by the wave (R17).</summary>
    public bool LiftIntro { get; set; }

    /// <summary>Trimmed by the R17 ramp: the session carries R17 as its adjustment.</summary>
    public bool Lightened { get; set; }

    /// <summary>A quality run in a deload week whose normal weeks have none: the light lifts leave room for it (R24).</summary>
    public bool DeloadQuality { get; set; }

    public QualityChange QualityChange { get; set; }

    /// <summary>Race blocks: minutes at race or M pace inside a long run (R34, marathon).</summary>
    public int RacePaceMinutes { get; set; }

    /// <summary>Race blocks: tempo cruise reps or I bouts (R34).</summary>
    public int RaceReps { get; set; }

    /// <summary>Race blocks: maintenance dose, one working set of 5 per main lift (R37).</summary>
    public bool Maintenance { get; set; }

    /// <summary>Race blocks: the lower-body lifts are left out close to the race (R37, R38).</summary>
    public bool UpperOnly { get; set; }

    /// <summary>Race blocks: lifted at deload percentages because a long run of 75 min or more holds the week's hard slot (R33).</summary>
    public bool LongRunLight { get; set; }

    /// <summary>Race blocks: a taper week's session at about half its usual reps or minutes (R36).</summary>
    public bool TaperHalf { get; set; }

    /// <summary>Race blocks: the taper week (1-based) this session is in, 0 outside the taper (R36).</summary>
    public int TaperWeek { get; set; }

    /// <summary>Race blocks: the session falls after the race, in its recovery days (R38).</summary>
    public bool AfterRace { get; set; }

    public int QualityNumber { get; set; }

    public bool IsLift => Role is SlotRole.LiftA or SlotRole.LiftB or SlotRole.LiftUpper;

    public bool IsEasyRun => RunType is Training.RunType.Steady or Training.RunType.Recovery;

    public bool IsHard => IsLift
        ? Role != SlotRole.LiftUpper && !LiftDeload && !UpperOnly
        : R05HardEasySpacing.IsHardOnLegs(SessionKind.Run, RunType, null, false, Minutes);

    public int Load => R18LoadAndMonotony.SessionLoad(Rpe, Minutes);
}
