namespace HybridTrainer.Domain.Training;

/// <summary>Heart-rate targets for easy runs when the birth year is known (C4).</summary>
public sealed record HeartRateZones(double MaxBpm, int? RestingBpm, HeartRateRange Recovery, HeartRateRange Steady);
