namespace HybridTrainer.Activities.Tcx;

/// <summary>One Activity element as read: Id is its start time, Sport the raw attribute.</summary>
internal sealed class TcxActivity(string? sport)
{
    public string? Sport { get; } = sport;

    public DateTimeOffset? Id { get; set; }

    public List<TcxLap> Laps { get; } = [];
}

/// <summary>One Lap: the device's own totals for it, and its track points.</summary>
internal sealed class TcxLap(DateTimeOffset? start)
{
    public DateTimeOffset? Start { get; } = start;

    public double? TotalTimeSeconds { get; set; }

    public double? DistanceMeters { get; set; }

    public int? AverageHeartRate { get; set; }

    public int? MaxHeartRate { get; set; }

    public List<TcxPoint> Points { get; } = [];
}

/// <summary>One Trackpoint; DistanceMeters is the device's running total.</summary>
internal sealed class TcxPoint
{
    public DateTimeOffset? Time { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public double? DistanceMeters { get; set; }

    public int? HeartRate { get; set; }
}
