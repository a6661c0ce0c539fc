using HybridTrainer.Activities.Xml;

namespace HybridTrainer.Activities.Tcx;

/// <summary>
/// Builds one activity from a TCX Activity, preferring the device's lap totals over sums of track points: moving
/// time is the laps' TotalTimeSeconds, distance their DistanceMeters, average heart rate their averages weighted by
/// lap time (as the device computed them from every second, not only the points it kept).
/// </summary>
internal static class TcxActivityBuilder
{
    public static DecodedActivity Build(TcxActivity activity)
    {
        var laps = activity.Laps;
        var points = laps.SelectMany(l => l.Points).ToList();
        var times = points.Where(p => p.Time is not null).Select(p => p.Time!.Value).ToList();

        var start = activity.Id ?? laps.FirstOrDefault(l => l.Start is not null)?.Start ?? (times.Count > 0 ? times.Min() : null);
        var lapTimes = laps.Where(l => l.TotalTimeSeconds is not null).ToList();
        if (start is not { } startTime || (lapTimes.Count == 0 && times.Count < 2))
            throw new ActivityFileException(DecodeError.TcxNoTimes, "An activity in the TCX file has no times, so its duration cannot be known.");

        var end = End(laps, times);
        var elapsedFromTimes = end is { } e && e > startTime ? e - startTime : TimeSpan.Zero;
        var moving = lapTimes.Count > 0 ? TimeSpan.FromSeconds(lapTimes.Sum(l => l.TotalTimeSeconds!.Value)) : elapsedFromTimes;
        // Lap times are rounded to hundredths while point times are whole seconds: elapsed is never below moving.
        var elapsed = elapsedFromTimes > moving ? elapsedFromTimes : moving;

        var track = TcxTrack.Walk(points, startTime);
        var lapHeartRate = LapWeightedHeartRate(laps);
        var maxLapHeartRate = laps.Max(l => l.MaxHeartRate);

        return new DecodedActivity(
            SportNames.Recognise(activity.Sport) ?? ActivitySport.Other,
            ActivitySource.Tcx,
            startTime,
            moving,
            elapsed,
            LapDistance(laps) ?? track.DeviceDistanceMeters ?? track.LengthMeters,
            lapHeartRate ?? track.HeartRate.Average,
            maxLapHeartRate ?? track.HeartRate.Max,
            Laps(laps, end),
            SampleThinner.Thin(track.Samples));
    }

    private static DateTimeOffset? End(List<TcxLap> laps, List<DateTimeOffset> times)
    {
        var lapEnds = laps.Where(l => l.Start is not null && l.TotalTimeSeconds is not null)
            .Select(l => l.Start!.Value.AddSeconds(l.TotalTimeSeconds!.Value))
            .ToList();
        var ends = lapEnds.Concat(times).ToList();
        return ends.Count > 0 ? ends.Max() : null;
    }

    private static double? LapDistance(List<TcxLap> laps) =>
        laps.Count > 0 && laps.All(l => l.DistanceMeters is not null) ? laps.Sum(l => l.DistanceMeters!.Value) : null;

    private static int? LapWeightedHeartRate(List<TcxLap> laps)
    {
        var weighed = laps.Where(l => l.AverageHeartRate is not null && l.TotalTimeSeconds is > 0).ToList();
        var seconds = weighed.Sum(l => l.TotalTimeSeconds!.Value);
        return seconds > 0 ? (int)Math.Round(weighed.Sum(l => l.AverageHeartRate!.Value * l.TotalTimeSeconds!.Value) / seconds) : null;
    }

    private static List<DecodedLap> Laps(List<TcxLap> laps, DateTimeOffset? end)
    {
        var decoded = new List<DecodedLap>(laps.Count);
        for (var i = 0; i < laps.Count; i++)
        {
            var lap = laps[i];
            var moving = TimeSpan.FromSeconds(lap.TotalTimeSeconds ?? 0);
            // A lap lasts until the next one starts (or the activity ends), pauses included.
            var next = i + 1 < laps.Count ? laps[i + 1].Start : end;
            var elapsed = lap.Start is { } s && next is { } n && n - s > moving ? n - s : moving;
            decoded.Add(new DecodedLap(moving, elapsed, lap.DistanceMeters, lap.AverageHeartRate));
        }
        return decoded;
    }
}
