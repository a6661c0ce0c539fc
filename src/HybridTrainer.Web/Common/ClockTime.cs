using System.Globalization;

namespace HybridTrainer.Web.Common;

/// <summary>
/// Race, split and activity times as a clock reads them: "3:34:42" from an hour on, "46:39" below. Every page, sheet,
/// calendar and API answer writes times through here so the same time never reads two ways.
/// </summary>
/// <remarks>
/// Rounded to the nearest whole second, halves away from zero (3:34:42.6 reads 3:34:43, 59.6 s reads 1:00), never cut:
/// a cut would print a prediction up to a second faster than it is, and two surfaces rounding differently would
/// disagree. English and Spanish both write times with colons and Western digits, so the text is the same in every
/// language on purpose (invariant culture), not by accident of the current culture. Negative times are refused: a
/// time shown here is a duration, and a difference is shown as its size with words saying which way.
/// </remarks>
public static class ClockTime
{
    /// <summary>"3:34:42" from an hour on, "46:39" (m:ss) below it; "0:00" for zero.</summary>
    public static string Format(TimeSpan time)
    {
        var seconds = WholeSeconds(time);
        return seconds >= 3600 ? WithHours(seconds) : string.Create(CultureInfo.InvariantCulture, $"{seconds / 60}:{seconds % 60:00}");
    }

    /// <summary>Always "h:mm:ss" ("0:46:39"): the API's wire format, and where a row of times should line up.</summary>
    public static string WithHours(TimeSpan time) => WithHours(WholeSeconds(time));

    /// <summary>The time in whole seconds, rounded to the nearest (halves away from zero).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The time is negative.</exception>
    public static long WholeSeconds(TimeSpan time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(time, TimeSpan.Zero);
        return (long)Math.Round(time.TotalSeconds, MidpointRounding.AwayFromZero);
    }

    private static string WithHours(long seconds) =>
        string.Create(CultureInfo.InvariantCulture, $"{seconds / 3600}:{seconds / 60 % 60:00}:{seconds % 60:00}");
}
