namespace HybridTrainer.Activities;

public sealed record DecodedLap(TimeSpan MovingTime, TimeSpan ElapsedTime, double? DistanceMeters, int? AverageHeartRate);
