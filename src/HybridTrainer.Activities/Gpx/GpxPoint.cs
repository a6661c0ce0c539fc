namespace HybridTrainer.Activities.Gpx;

/// <summary>One trkpt: position in degrees (null when missing or out of range), UTC time, heart rate in bpm.</summary>
internal sealed record GpxPoint(double? Latitude, double? Longitude, DateTimeOffset? Time, int? HeartRate)
{
    public bool HasPosition => Latitude is not null && Longitude is not null;
}
