using HybridTrainer.Data.Activities;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Web.Common;

namespace HybridTrainer.Web.Features.Activities;

/// <summary>A point of the recording for charts: seconds from the start, distance so far, heart rate.</summary>
public sealed record TracePoint(double OffsetSeconds, double? DistanceMeters, int? HeartRate)
{
    public static TracePoint From(ActivityPoint p) => new(p.OffsetSeconds, p.DistanceMeters, p.HeartRate);
}

/// <summary>One kilometre (or mile) of a recording: how long it took and the average heart rate over it.</summary>
public sealed record Split(int Number, double Seconds, int? AverageHeartRate);

/// <summary>Splits per km or mile from the recorded points, and pace smoothed for a chart.</summary>
public static class ActivitySplits
{
    public static IReadOnlyList<Split> Of(IReadOnlyList<TracePoint> points, UnitSystem units)
    {
        var unitMetres = (double)UnitConversion.ToKm(1m, units) * 1000;
        var splits = new List<Split>();
        var withDistance = points.Where(p => p.DistanceMeters is not null).ToList();
        if (withDistance.Count < 2)
        {
            return splits;
        }

        var start = withDistance[0];
        var heartRates = new List<int>();
        foreach (var point in withDistance.Skip(1))
        {
            if (point.HeartRate is { } hr)
            {
                heartRates.Add(hr);
            }

            if (point.DistanceMeters!.Value - withDistance[0].DistanceMeters!.Value >= unitMetres * (splits.Count + 1))
            {
                splits.Add(new Split(splits.Count + 1, point.OffsetSeconds - start.OffsetSeconds, heartRates.Count == 0 ? null : (int)Math.Round(heartRates.Average())));
                (start, heartRates) = (point, []);
            }
        }

        return splits;
    }

    /// <summary>Seconds per km over the last minute at each point; null where too little distance was covered to say.</summary>
    public static IReadOnlyList<(double OffsetSeconds, double? SecondsPerKm)> Pace(IReadOnlyList<TracePoint> points, double windowSeconds = 60)
    {
        var pace = new List<(double, double?)>(points.Count);
        var from = 0;
        for (var i = 0; i < points.Count; i++)
        {
            while (points[i].OffsetSeconds - points[from].OffsetSeconds > windowSeconds)
            {
                from++;
            }

            var metres = points[i].DistanceMeters - points[from].DistanceMeters;
            var seconds = points[i].OffsetSeconds - points[from].OffsetSeconds;
            pace.Add((points[i].OffsetSeconds, metres is > 20 && seconds > 0 ? seconds / metres.Value * 1000 : null));
        }

        return pace;
    }
}
