namespace HybridTrainer.Domain.Training;

/// <summary>A morning recovery check-in (R27). Any measure may be missing.</summary>
public sealed record RecoveryEntry(
    DateOnly Date,
    double? SleepHours,
    int? SorenessLegs,
    int? SorenessUpper,
    WellnessScores? Wellness,
    int? RestingHeartRate,
    double? HrvLnRmssd);
