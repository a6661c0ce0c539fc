namespace HybridTrainer.Activities.Fit;

/// <summary>A session or lap message: times in seconds, distance in metres, start in raw FIT seconds.</summary>
internal sealed record FitSummary(
    double? Start, double? ElapsedSeconds, double? TimerSeconds, double? DistanceMeters, double? Sport, double? AverageHeartRate, double? MaxHeartRate)
{
    public bool Covers(double timestamp) =>
        Start is { } start && timestamp >= start && timestamp <= start + (ElapsedSeconds ?? TimerSeconds ?? 0) + 1;
}

/// <summary>A record message: position in degrees.</summary>
internal readonly record struct FitPoint(double Timestamp, double? DistanceMeters, double? HeartRate, double? Latitude, double? Longitude);
