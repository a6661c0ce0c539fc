using System.Globalization;
using System.Text.RegularExpressions;

namespace HybridTrainer.Web.Common;

/// <summary>A 5 km race time written "mm:ss" or "h:mm:ss", from 12:00 (beyond the world record) to 1:00:00.</summary>
internal static partial class FiveKmTime
{
    public static readonly TimeSpan Fastest = TimeSpan.FromMinutes(12);

    public static readonly TimeSpan Slowest = TimeSpan.FromHours(1);

    public static bool TryParse(string? text, out TimeSpan time)
    {
        time = default;
        var match = text is null ? Match.Empty : Pattern().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var hours = match.Groups["h"].Success ? Number(match.Groups["h"]) : 0;
        time = new TimeSpan(hours, Number(match.Groups["m"]), Number(match.Groups["s"]));
        return true;
    }

    public static bool IsInRange(TimeSpan time) => time >= Fastest && time <= Slowest;

    /// <summary>"mm:ss" with minutes beyond 59 kept as minutes ("61:05"), as exports and the API write it; null stays null.</summary>
    public static string? Format(TimeSpan? time) =>
        time is { } t ? string.Create(CultureInfo.InvariantCulture, $"{(int)t.TotalMinutes}:{t.Seconds:00}") : null;

    private static int Number(Group group) => int.Parse(group.ValueSpan, CultureInfo.InvariantCulture);

    // With hours, minutes take two digits below 60; without, "mm" may be one or two digits.
    [GeneratedRegex(@"^(?:(?<h>[0-9]):(?<m>[0-5][0-9])|(?<m>[0-9]{1,2})):(?<s>[0-5][0-9])$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
