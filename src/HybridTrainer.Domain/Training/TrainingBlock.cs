namespace HybridTrainer.Domain.Training;

/// <summary>A generated block of 1–16 weeks with the numbers the athlete sees beside it.</summary>
public sealed record TrainingBlock(
    DateOnly StartDate,
    double? Vdot,
    ZonePaces? Paces,
    HeartRateZones? HeartRate,
    TrainingMaxes TrainingMaxes,
    ProteinTarget Protein,
    Reason SleepTarget,
    IReadOnlyList<TrainingWeek> Weeks,
    IReadOnlyList<PlanWarning> Warnings)
{
    /// <summary>The race this block builds towards, with predictions and paces (R31–R39); null for an open block.</summary>
    public RacePlan? Race { get; init; }

    public int ProteinGramsPerDay => Protein.DailyGrams;

    public IEnumerable<PlannedSession> Sessions => Weeks.SelectMany(w => w.Sessions);
}
