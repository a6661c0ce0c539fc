using HybridTrainer.Activities.Geo;
using HybridTrainer.Activities.Xml;

namespace HybridTrainer.Activities.Gpx;

/// <summary>One pass over the segments: length, moving time, time-weighted heart rate and chart samples.</summary>
internal sealed class TrackWalk
{
    private readonly DateTimeOffset _start;
    private readonly HeartRateAverager _heartRate = new();
    private readonly List<ActivitySample> _samples = [];
    private double? _distance;
    private TimeSpan _moving;

    private TrackWalk(DateTimeOffset start) => _start = start;

    public double? DistanceMeters => _distance;

    public TimeSpan MovingTime => _moving;

    public HeartRateSummary HeartRate => _heartRate.Summary();

    public List<ActivitySample> Samples => _samples;

    public static TrackWalk Run(IReadOnlyList<IReadOnlyList<GpxPoint>> segments, DateTimeOffset start)
    {
        var walk = new TrackWalk(start);
        foreach (var segment in segments)
            walk.Segment(segment);
        return walk;
    }

    private void Segment(IReadOnlyList<GpxPoint> points)
    {
        GpxPoint? lastPositioned = null;
        GpxPoint? lastTimed = null;
        var metersSinceLastTimed = 0.0;
        foreach (var point in points)
        {
            if (point.HasPosition)
            {
                _distance ??= 0;
                if (lastPositioned is not null)
                {
                    var meters = Haversine.Meters(lastPositioned.Latitude!.Value, lastPositioned.Longitude!.Value, point.Latitude!.Value, point.Longitude!.Value);
                    _distance += meters;
                    metersSinceLastTimed += meters;
                }
                lastPositioned = point;
            }
            if (point.Time is not { } time)
                continue;

            if (lastTimed is not null && time - lastTimed.Time!.Value is var gap && gap > TimeSpan.Zero)
            {
                var paused = PauseRule.IsPause(gap, metersSinceLastTimed);
                if (!paused)
                    _moving += gap;
                _heartRate.Add(lastTimed.HeartRate, paused ? TimeSpan.Zero : gap);
            }
            else if (lastTimed is not null)
            {
                _heartRate.Add(lastTimed.HeartRate, TimeSpan.Zero);
            }
            lastTimed = point;
            metersSinceLastTimed = 0;
            _samples.Add(new ActivitySample(time - _start, _distance, point.HeartRate));
        }
        if (lastTimed is not null)
            _heartRate.Add(lastTimed.HeartRate, TimeSpan.Zero);
    }
}
