namespace HybridTrainer.Domain.Progress;

/// <summary>Which way this week went against the mean of the four before it.</summary>
public enum TrendDirection
{
    Flat,
    Up,
    Down,
}

/// <summary>This week's figure, the mean of the earlier weeks that have one, and the direction between them.</summary>
public sealed record WeekComparison(decimal? ThisWeek, decimal? Average, TrendDirection? Direction)
{
    public decimal? Change => ThisWeek - Average;
}

/// <summary>
/// "What changed": this week against the mean of the last four weeks. A difference inside the flat margin is noise, not a
/// change. [PRODUCT] margins: half a session; 10 % of load; 1 % of an estimated 1RM; 0.3 kg of body weight (about a
/// day's water swing).
/// </summary>
public static class WeekOverWeek
{
    public const int EarlierWeeks = 4;

    public const decimal SessionsFlat = 0.5m;

    public const decimal LoadFlatFraction = 0.10m;

    public const decimal OneRepMaxFlatFraction = 0.01m;

    public const decimal BodyWeightFlatKg = 0.3m;

    /// <summary>
    /// Compares <paramref name="thisWeek"/> with the mean of <paramref name="earlierWeeks"/> (nulls are weeks without a
    /// figure and are left out); no direction without both sides. <paramref name="flat"/> is an absolute margin.
    /// </summary>
    public static WeekComparison Compare(decimal? thisWeek, IEnumerable<decimal?> earlierWeeks, decimal flat)
    {
        ArgumentNullException.ThrowIfNull(earlierWeeks);
        ArgumentOutOfRangeException.ThrowIfNegative(flat);
        var known = earlierWeeks.Where(w => w is not null).Select(w => w!.Value).ToArray();
        decimal? average = known.Length == 0 ? null : Math.Round(known.Average(), 2, MidpointRounding.AwayFromZero);
        if (thisWeek is not { } now || average is not { } before)
        {
            return new WeekComparison(thisWeek, average, null);
        }

        var direction = Math.Abs(now - before) <= flat ? TrendDirection.Flat : now > before ? TrendDirection.Up : TrendDirection.Down;
        return new WeekComparison(thisWeek, average, direction);
    }

    /// <summary>As above with a margin relative to the earlier mean (loads, estimated 1RMs).</summary>
    public static WeekComparison CompareRelative(decimal? thisWeek, IEnumerable<decimal?> earlierWeeks, decimal flatFraction)
    {
        var list = earlierWeeks.ToArray();
        var known = list.Where(w => w is not null).Select(w => w!.Value).ToArray();
        var flat = known.Length == 0 ? 0 : Math.Abs(known.Average()) * flatFraction;
        return Compare(thisWeek, list, flat);
    }
}
