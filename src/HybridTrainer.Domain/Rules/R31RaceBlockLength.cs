using HybridTrainer.Domain.Athletes;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Rules;

/// <summary>
/// R31 Race goal and block length: the block runs from its start to the race week inclusive. Minimum weeks 5 km 6,
/// 10 km 8, half 10, marathon 12; maximum 24. Runs a week needed: ≥ 2 for 5/10 km, ≥ 3 for half and marathon.
/// Sources: Pfitzinger's 12- and 18-week marathon plans; half about 12 weeks (secondary).
/// </summary>
public static class R31RaceBlockLength
{
    public const string Id = "R31";

    public const int MaxWeeks = 24;

    public static int MinWeeks(RaceDistance distance) => distance switch
    {
        RaceDistance.FiveK => 6,
        RaceDistance.TenK => 8,
        RaceDistance.HalfMarathon => 10,
        _ => 12,
    };

    public static int MinRunsPerWeek(RaceDistance distance) => distance is RaceDistance.FiveK or RaceDistance.TenK ? 2 : 3;

    /// <summary>Weeks from <paramref name="start"/> to the week holding <paramref name="raceDate"/>, inclusive; ≤ 0 when the race is before the start.</summary>
    public static int WeeksUntil(DateOnly start, DateOnly raceDate)
    {
        var days = raceDate.DayNumber - start.DayNumber;
        return days < 0 ? 0 : (days / 7) + 1;
    }

    /// <summary>Earliest start keeping the span ≤ 24 weeks; latest start giving the minimum weeks.</summary>
    public static DateOnly EarliestStart(RaceGoal race) => race.RaceDate.AddDays(-((MaxWeeks * 7) - 1));

    public static DateOnly LatestStart(RaceGoal race) => race.RaceDate.AddDays(-(((MinWeeks(race.Distance) - 1) * 7) + 6));

    /// <summary>
    /// Why a race block cannot be planned, as a reason the web words for the athlete; null when it can. Covers the span
    /// (R31), the runs a week (R31, through R2's table) and the 5 km time every pace depends on (R39).
    /// </summary>
    public static Reason? Refusal(AthleteProfile profile, DateOnly start, RaceGoal race)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(race);
        var weeks = WeeksUntil(start, race.RaceDate);
        if (weeks < MinWeeks(race.Distance))
        {
            return new(TooSoonKey(race.Distance), ReasonArguments.Of(MinWeeks(race.Distance)), ReasonArguments.Of(Math.Max(weeks, 0)), ReasonArguments.Of(LatestStart(race)));
        }

        if (weeks > MaxWeeks)
        {
            return new(ReasonKeys.RaceTooFar, ReasonArguments.Of(weeks), ReasonArguments.Of(MaxWeeks), ReasonArguments.Of(EarliestStart(race)));
        }

        var days = System.Numerics.BitOperations.PopCount((uint)Planning.PlanView.DayMask(profile.AvailableDays));
        var runs = days is >= R02SessionAllocation.MinimumDays and <= R02SessionAllocation.MaximumDays
            ? R02SessionAllocation.For(days, qualityAllowed: true).RunSessions
            : 0;
        if (runs < MinRunsPerWeek(race.Distance))
        {
            var needed = MinRunsPerWeek(race.Distance) == 2 ? 4 : 5;
            return new(FewRunsKey(race.Distance, needed - days == 1), ReasonArguments.Of(MinRunsPerWeek(race.Distance)), ReasonArguments.Of(needed), ReasonArguments.Of(needed - days));
        }

        return profile.FiveKmTime is null ? new(ReasonKeys.RaceNeedsFiveKmTime) : null;
    }

    // One key per distance: the distance's name takes its own article and gender in other languages.
    private static string TooSoonKey(RaceDistance distance) => distance switch
    {
        RaceDistance.FiveK => ReasonKeys.RaceTooSoonFiveK,
        RaceDistance.TenK => ReasonKeys.RaceTooSoonTenK,
        RaceDistance.HalfMarathon => ReasonKeys.RaceTooSoonHalfMarathon,
        _ => ReasonKeys.RaceTooSoonMarathon,
    };

    private static string FewRunsKey(RaceDistance distance, bool oneDay) => (distance, oneDay) switch
    {
        (RaceDistance.FiveK, true) => ReasonKeys.RaceFewRunsFiveKOne,
        (RaceDistance.FiveK, false) => ReasonKeys.RaceFewRunsFiveKMany,
        (RaceDistance.TenK, true) => ReasonKeys.RaceFewRunsTenKOne,
        (RaceDistance.TenK, false) => ReasonKeys.RaceFewRunsTenKMany,
        (RaceDistance.HalfMarathon, true) => ReasonKeys.RaceFewRunsHalfMarathonOne,
        (RaceDistance.HalfMarathon, false) => ReasonKeys.RaceFewRunsHalfMarathonMany,
        (_, true) => ReasonKeys.RaceFewRunsMarathonOne,
        _ => ReasonKeys.RaceFewRunsMarathonMany,
    };

}
