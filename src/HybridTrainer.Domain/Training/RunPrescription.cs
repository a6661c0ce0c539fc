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

    /// <summary>Minutes at race or M pace inside a long run (R34, marathon); null otherwise.</summary>
    public int? RacePaceMinutes { get; init; }

    /// <summary>Pace of the race-pace segment, or of the race itself (R34, R39).</summary>
    public PaceRange? RacePace { get; init; }

    /// <summary>Fuelling advice for long runs of 90 min or more and race day (section G note); null otherwise.</summary>
    public string? FuellingNote { get; init; }
}
