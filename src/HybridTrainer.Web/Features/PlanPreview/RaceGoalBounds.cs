using System.Globalization;
using System.Text.RegularExpressions;
using HybridTrainer.Domain.Rules;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Web.Features.PlanPreview;

/// <summary>
/// What a race goal may be: a known distance, a real date, and a goal time between the world record and a slow walk.
/// The bounds live here so the validator and its messages agree.
/// </summary>
public static partial class RaceGoalBounds
{
    /// <summary>[PRODUCT] The slowest goal a marathon may have; the other distances take the same pace (about 14:13/km).</summary>
    public static readonly TimeSpan SlowestMarathon = TimeSpan.FromHours(10);

    /// <summary>
    /// Men's world records, road or track, whichever is faster (World Athletics, 2024): 5000 m 12:35 (Cheptegei
    /// 2020), 10,000 m 26:11 (Cheptegei 2020), half marathon 57:30 (Kejelcha 2024), marathon 2:00:35 (Kiptum 2023).
    /// A goal under these is a typo.
    /// </summary>
    public static TimeSpan WorldRecord(RaceDistance distance) => distance switch
    {
        RaceDistance.FiveK => new TimeSpan(0, 12, 35),
        RaceDistance.TenK => new TimeSpan(0, 26, 11),
        RaceDistance.HalfMarathon => new TimeSpan(0, 57, 30),
        _ => new TimeSpan(2, 0, 35),
    };

    /// <summary>The slowest goal: the 10-hour marathon's pace over the distance, to the second.</summary>
    public static TimeSpan Slowest(RaceDistance distance) => TimeSpan.FromSeconds(Math.Round(
        SlowestMarathon.TotalSeconds * R39RacePrediction.MetersOf(distance) / R39RacePrediction.MarathonMeters, MidpointRounding.AwayFromZero));

    public static bool TryParseDistance(string? text, out RaceDistance distance)
    {
        distance = default;
        return text is not null && Enum.GetNames<RaceDistance>().Contains(text, StringComparer.Ordinal) && Enum.TryParse(text, out distance);
    }

    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>"3:29:59", "1:45:00" or "19:30" (minutes and seconds).</summary>
    public static bool TryParseTime(string? text, out TimeSpan time)
    {
        time = default;
        var match = text is null ? Match.Empty : TimePattern().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var hours = match.Groups["h"].Success ? int.Parse(match.Groups["h"].ValueSpan, CultureInfo.InvariantCulture) : 0;
        time = new TimeSpan(hours, int.Parse(match.Groups["m"].ValueSpan, CultureInfo.InvariantCulture), int.Parse(match.Groups["s"].ValueSpan, CultureInfo.InvariantCulture));
        return true;
    }

    public static bool IsPlausible(RaceDistance distance, TimeSpan goal) => goal >= WorldRecord(distance) && goal <= Slowest(distance);

    /// <summary>The first race date R31 allows for a block starting on <paramref name="start"/>: the race in week MinWeeks.</summary>
    public static DateOnly EarliestRaceDate(DateOnly start, RaceDistance distance) => start.AddDays((R31RaceBlockLength.MinWeeks(distance) - 1) * 7);

    /// <summary>The last race date R31 allows: the last day of week 24.</summary>
    public static DateOnly LatestRaceDate(DateOnly start) => start.AddDays((R31RaceBlockLength.MaxWeeks * 7) - 1);

    [GeneratedRegex(@"^(?:(?<h>[0-9]{1,2}):(?<m>[0-5][0-9])|(?<m>[0-9]{1,3})):(?<s>[0-5][0-9])$", RegexOptions.CultureInvariant)]
    private static partial Regex TimePattern();
}
