using HybridTrainer.Activities;

namespace HybridTrainer.Data.Activities;

/// <summary>
/// One activity read from a watch or phone file (FIT, GPX, TCX). It holds heart rate, so it is health data: the athlete
/// and their coach see it, gym staff never do. A run on a day with a planned run is matched to that session.
/// </summary>
public class ImportedActivity
{
    public Guid Id { get; set; }

    public Guid AthleteId { get; set; }

    /// <summary>
    /// What makes two imports the same activity: the start second when the device had a clock (so the FIT and the GPX of
    /// one run are one activity), else a hash of the file and the session's place in it.
    /// </summary>
    public required string Fingerprint { get; set; }

    public required string FileName { get; set; }

    public ActivitySource Source { get; set; }

    public ActivitySport Sport { get; set; }

    /// <summary>UTC; null when the device had no real clock.</summary>
    public DateTimeOffset? StartTime { get; set; }

    /// <summary>The athlete's own day of the start, in their time zone at import: what matching and the load chart count by.</summary>
    public DateOnly? LocalDate { get; set; }

    public double MovingSeconds { get; set; }

    public double ElapsedSeconds { get; set; }

    public double? DistanceMeters { get; set; }

    public int? AverageHeartRate { get; set; }

    public int? MaxHeartRate { get; set; }

    public List<ActivityLap> Laps { get; set; } = [];

    /// <summary>Thinned points for the pace and heart-rate chart.</summary>
    public List<ActivityPoint> Samples { get; set; } = [];

    /// <summary>The planned run this activity did, when it fell on a day with one.</summary>
    public Guid? MatchedSessionId { get; set; }

    /// <summary>Session RPE (Foster) for an activity without a planned session; a matched one counts through the session's log.</summary>
    public int? Rpe { get; set; }

    public Guid? ImportedByUserId { get; set; }

    public DateTimeOffset ImportedAt { get; set; }

    public uint Version { get; set; }
}

public class ActivityLap
{
    public double MovingSeconds { get; set; }

    public double ElapsedSeconds { get; set; }

    public double? DistanceMeters { get; set; }

    public int? AverageHeartRate { get; set; }
}

public class ActivityPoint
{
    public double OffsetSeconds { get; set; }

    public double? DistanceMeters { get; set; }

    public int? HeartRate { get; set; }
}
