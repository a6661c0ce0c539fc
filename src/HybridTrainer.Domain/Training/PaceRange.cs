namespace HybridTrainer.Domain.Training;

/// <summary>A pace band in whole seconds per km; the fast end is the smaller number.</summary>
public sealed record PaceRange(int FastSecondsPerKm, int SlowSecondsPerKm);
