using HybridTrainer.Activities.Geo;
using HybridTrainer.Activities.Xml;

namespace HybridTrainer.Activities.Tcx;

/// <summary>What the track points alone say: used for charts, and for totals the laps leave out.</summary>
internal sealed class TcxTrack
{
    /// <summary>Gaps longer than this are pauses: a reading does not speak for the time the device was stopped.</summary>
    private static readonly TimeSpan LongestHeldReading = TimeSpan.FromSeconds(60);

    private readonly HeartRateAverager _heartRate = new();

    private TcxTrack()
    {
    }

    public List<ActivitySample> Samples { get; } = [];

    public double? DeviceDistanceMeters { get; private set; }

    public double? LengthMeters { get; private set; }

    public HeartRateSummary HeartRate => _heartRate.Summary();

    public static TcxTrack Walk(List<TcxPoint> points, DateTimeOffset start)
    {
        var track = new TcxTrack();
        TcxPoint? lastPositioned = null;
        TcxPoint? lastTimed = null;
        foreach (var point in points)
        {
            if (point.Latitude is { } lat && point.Longitude is { } lon)
            {
                track.LengthMeters = (track.LengthMeters ?? 0)
                    + (lastPositioned is null ? 0 : Haversine.Meters(lastPositioned.Latitude!.Value, lastPositioned.Longitude!.Value, lat, lon));
                lastPositioned = point;
            }
            if (point.DistanceMeters is { } device)
                track.DeviceDistanceMeters = Math.Max(track.DeviceDistanceMeters ?? 0, device);
            if (point.Time is not { } time)
                continue;

            if (lastTimed is not null)
            {
                var held = time - lastTimed.Time!.Value;
                track._heartRate.Add(lastTimed.HeartRate, held > TimeSpan.Zero && held <= LongestHeldReading ? held : TimeSpan.Zero);
            }
            lastTimed = point;
            if (time >= start)
                track.Samples.Add(new ActivitySample(time - start, point.DistanceMeters ?? track.LengthMeters, point.HeartRate));
        }
        track._heartRate.Add(lastTimed?.HeartRate, TimeSpan.Zero);
        return track;
    }
}
