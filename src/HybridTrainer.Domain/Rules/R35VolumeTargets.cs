using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Rules;

/// <summary>
/// R35 Volume targets: peak weekly running minutes aimed at 5 km 150, 10 km 180, half 220, marathon 270, never by
/// breaking R16 or R17. A target the weeks cannot reach safely is a warning naming the reachable peak, not a refusal.
/// </summary>
public static class R35VolumeTargets
{
    public const string Id = "R35";

    public static int PeakWeeklyMinutes(RaceDistance distance) => distance switch
    {
        RaceDistance.FiveK => 150,
        RaceDistance.TenK => 180,
        RaceDistance.HalfMarathon => 220,
        _ => 270,
    };

    /// <summary>The warning when the plan's peak week falls short of the target; null when it reaches it.</summary>
    public static Reason? ShortfallWarning(RaceDistance distance, int reachedPeakMinutes) =>
        reachedPeakMinutes >= PeakWeeklyMinutes(distance)
            ? null
            : new Reason(ShortfallKey(distance), ReasonArguments.Of(PeakWeeklyMinutes(distance)), ReasonArguments.Of(reachedPeakMinutes));

    // One key per distance: the distance's name takes its own article in other languages.
    private static string ShortfallKey(RaceDistance distance) => distance switch
    {
        RaceDistance.FiveK => ReasonKeys.WarningVolumeShortFiveK,
        RaceDistance.TenK => ReasonKeys.WarningVolumeShortTenK,
        RaceDistance.HalfMarathon => ReasonKeys.WarningVolumeShortHalfMarathon,
        _ => ReasonKeys.WarningVolumeShortMarathon,
    };

}
