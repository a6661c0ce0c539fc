namespace HybridTrainer.Activities;

/// <summary>A point for pace and heart-rate charts, Offset from the activity's start.</summary>
public sealed record ActivitySample(TimeSpan Offset, double? DistanceMeters, int? HeartRate);
