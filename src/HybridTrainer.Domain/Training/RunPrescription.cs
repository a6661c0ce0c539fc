namespace HybridTrainer.Domain.Training;

/// <summary>
/// What to run. Fields that do not apply are null: a steady run has no repetitions, a hill session has
/// <see cref="RepetitionSeconds"/> but no distance, and without a 5 km time <see cref="Pace"/> is null.
/// </summary>
public sealed record RunPrescription(
    int WarmUpMinutes,
    int CoolDownMinutes,
    int? Repetitions,
    int? RepetitionDistanceMeters,
    int? RepetitionSeconds,
    int? RestSeconds,
    double? DistanceKm,
    PaceRange? Pace)
{
    /// <summary>Effort target for the work (whole easy run, or each repetition), CR-10 scale.</summary>
    public int TargetRpe { get; init; }

    /// <summary>Heart-rate target when the birth year is known (C4); null for short repetitions.</summary>
    public HeartRateRange? HeartRate { get; init; }
}
