namespace HybridTrainer.Domain.Training;

/// <summary>A heart-rate band in beats per minute (C4).</summary>
public sealed record HeartRateRange(int LowBpm, int HighBpm);
