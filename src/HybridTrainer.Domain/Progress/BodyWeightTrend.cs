namespace HybridTrainer.Domain.Progress;

/// <summary>
/// Body-weight trend: the mean of the weigh-ins in the 7 days ending on each weigh-in's day. Day-to-day weight swings by
/// a kilogram or more with water and food; the 7-day mean shows where it is going.
/// </summary>
public static class BodyWeightTrend
{
    public const int WindowDays = 7;

    /// <summary>One trend point per weigh-in, in date order; gaps simply leave fewer weigh-ins in a window.</summary>
    public static IReadOnlyList<DatedValue> MovingAverage(IEnumerable<DatedValue> weighIns)
    {
        ArgumentNullException.ThrowIfNull(weighIns);
        var ordered = weighIns.OrderBy(w => w.Date).ToArray();
        var result = new DatedValue[ordered.Length];
        var start = 0;
        var sum = 0m;
        for (var i = 0; i < ordered.Length; i++)
        {
            sum += ordered[i].Value;
            while (ordered[start].Date.DayNumber <= ordered[i].Date.DayNumber - WindowDays)
            {
                sum -= ordered[start++].Value;
            }

            result[i] = new DatedValue(ordered[i].Date, Math.Round(sum / (i - start + 1), 2, MidpointRounding.AwayFromZero));
        }

        return result;
    }
}
