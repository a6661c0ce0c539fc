using HybridTrainer.Activities.Geo;

namespace HybridTrainer.Activities.Fit;

/// <summary>Builds one activity from a session and the laps and records that fall within it.</summary>
internal static class FitSessionAssembler
{
    public static DecodedActivity Assemble(FitSummary session, bool onlySession, List<FitSummary> allLaps, List<FitPoint> allPoints)
    {
        // With one session everything belongs to it; with several, laps and records go by time.
        var laps = onlySession ? allLaps : allLaps.Where(l => l.Start is { } s && session.Covers(s)).ToList();
        var points = onlySession ? allPoints : allPoints.Where(p => session.Covers(p.Timestamp)).ToList();

        var start = session.Start ?? (points.Count > 0 ? points[0].Timestamp : null);
        var elapsed = session.ElapsedSeconds ?? session.TimerSeconds ?? Span(points);
        var heartRates = points.Where(p => p.HeartRate is > 0).Select(p => p.HeartRate!.Value).ToList();

        return new DecodedActivity(
            FitSport.From(session.Sport),
            ActivitySource.Fit,
            FitTime.ToUtc(start),
            Seconds(session.TimerSeconds ?? elapsed),
            Seconds(elapsed),
            session.DistanceMeters ?? RecordedDistance(points),
            Round(session.AverageHeartRate ?? (heartRates.Count > 0 ? heartRates.Average() : null)),
            Round(session.MaxHeartRate ?? (heartRates.Count > 0 ? heartRates.Max() : null)),
            laps.Select(l => new DecodedLap(
                Seconds(l.TimerSeconds ?? l.ElapsedSeconds), Seconds(l.ElapsedSeconds ?? l.TimerSeconds), l.DistanceMeters, Round(l.AverageHeartRate))).ToList(),
            Samples(points, start));
    }

    private static IReadOnlyList<ActivitySample> Samples(List<FitPoint> points, double? start)
    {
        var samples = new List<ActivitySample>(points.Count);
        foreach (var point in points)
        {
            var offset = point.Timestamp - (start ?? 0);
            if (offset >= 0)
                samples.Add(new ActivitySample(TimeSpan.FromSeconds(offset), point.DistanceMeters, Round(point.HeartRate)));
        }
        return SampleThinner.Thin(samples);
    }

    private static double? RecordedDistance(List<FitPoint> points)
    {
        var deviceDistance = points.Max(p => p.DistanceMeters);
        if (deviceDistance is not null)
            return deviceDistance;
        double? length = null;
        FitPoint? previous = null;
        foreach (var point in points.Where(p => p.Latitude is not null && p.Longitude is not null))
        {
            if (previous is { } p)
                length = (length ?? 0) + Haversine.Meters(p.Latitude!.Value, p.Longitude!.Value, point.Latitude!.Value, point.Longitude!.Value);
            previous = point;
        }
        return length;
    }

    private static double Span(List<FitPoint> points) => points.Count > 1 ? points[^1].Timestamp - points[0].Timestamp : 0;

    private static TimeSpan Seconds(double? seconds) => seconds is { } s && s > 0 && s < 1e9 ? TimeSpan.FromSeconds(s) : TimeSpan.Zero;

    private static int? Round(double? value) => value is { } v && v is > 0 and < 1000 ? (int)Math.Round(v) : null;
}
