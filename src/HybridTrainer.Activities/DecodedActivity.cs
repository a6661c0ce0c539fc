namespace HybridTrainer.Activities;

/// <summary>
/// One session of an activity file. StartTime is UTC, null when the device had no real clock or the file no
/// timestamps. MovingTime is the device's timer time where given, else elapsed time minus pauses. DistanceMeters is
/// the device's distance where given, else the track's length; null when unknown.
/// </summary>
public sealed record DecodedActivity(
    ActivitySport Sport,
    ActivitySource Source,
    DateTimeOffset? StartTime,
    TimeSpan MovingTime,
    TimeSpan ElapsedTime,
    double? DistanceMeters,
    int? AverageHeartRate,
    int? MaxHeartRate,
    IReadOnlyList<DecodedLap> Laps,
    IReadOnlyList<ActivitySample> Samples);
