using HybridTrainer.Domain.Planning;
using HybridTrainer.Domain.Training;
using static HybridTrainer.Domain.Training.ReasonArguments;

namespace HybridTrainer.Domain.Rules;

/// <summary>
/// R33 Long run: one run_long a week at E pace (59–74 % VDOT), growing ≤ 15 min a week, dropping in deload weeks and
/// peaking 3–5 weeks before race day at 5 km 60, 10 km 75, half 100–110, marathon 150–180 min (never over 3 h;
/// Pfitzinger's 20–22 mi peak). A long run of ≥ 75 min is hard on the legs (R5, R6). Share of the week 25–30 % with
/// ≥ 3 runs, ≤ 50 % with 2 (texasrunningpost, secondary): the peaks win where the two disagree.
/// </summary>
public static class R33LongRun
{
    public const string Id = "R33";

    public const int HardFromMinutes = 75;

    public const int MaxGrowthMinutes = 15;

    public const int AbsoluteMaxMinutes = 180;

    /// <summary>[PRODUCT] Shortest long run: Daniels' 30-minute minimum for E runs.</summary>
    public const int MinMinutes = 30;

    public const int PeakWeeksBeforeRaceMin = 3;

    public const int PeakWeeksBeforeRaceMax = 5;

    public const double EasyFastFraction = 0.74;

    public const double EasySlowFraction = 0.59;

    /// <summary>[PRODUCT] Deload weeks run about three quarters of the last long run.</summary>
    public const double DeloadShare = 0.75;

    /// <summary>[PRODUCT] Long runs feel harder than steady runs: RPE 5, 6 with a race-pace segment.</summary>
    public const int Rpe = 5;

    public const int RacePaceRpe = 6;

    public const int FuellingFromMinutes = 90;

    public const string FuellingNote = "Take 30–60 g of carbohydrate per hour from the first half hour (gels, drink or chews), and practise what you will use on race day; eat 5–7 g/kg of carbohydrate a day in build weeks.";

    public static int PeakMinMinutes(RaceDistance distance) => distance switch
    {
        RaceDistance.FiveK => 60,
        RaceDistance.TenK => 75,
        RaceDistance.HalfMarathon => 100,
        _ => 150,
    };

    public static int PeakMaxMinutes(RaceDistance distance) => distance switch
    {
        RaceDistance.FiveK => 60,
        RaceDistance.TenK => 75,
        RaceDistance.HalfMarathon => 110,
        _ => AbsoluteMaxMinutes,
    };

    /// <summary>[PRODUCT] The peak the generator aims at, inside the range.</summary>
    public static int PeakTargetMinutes(RaceDistance distance) => distance switch
    {
        RaceDistance.HalfMarathon => 105,
        RaceDistance.Marathon => 165,
        _ => PeakMaxMinutes(distance),
    };

    internal static void Check(ref PlanView plan)
    {
        if (plan.Block.Race is not { } race)
        {
            return;
        }

        var distance = race.Goal.Distance;
        int? previous = null;
        int longest = 0, longestWeek = -1;
        for (var i = 0; i < plan.Sessions.Length; i++)
        {
            var session = plan.Sessions[i];
            if (session.RunType != RunType.Long)
            {
                continue;
            }

            var minutes = session.DurationMinutes;
            if (minutes > PeakMaxMinutes(distance))
            {
                plan.Add(Id, new Reason(PeakKey(distance), Of(session.Date), Of(minutes), Of(PeakMaxMinutes(distance))), session);
            }

            if (previous is { } p && minutes > p + MaxGrowthMinutes)
            {
                plan.Add(Id, new Reason(ReasonKeys.FindingLongRunGrowth, Of(session.Date), Of(p), Of(minutes), Of(MaxGrowthMinutes)), session);
            }

            if (minutes >= FuellingFromMinutes && string.IsNullOrEmpty(session.Run?.FuellingNote))
            {
                plan.Add(Id, new Reason(ReasonKeys.FindingLongRunFuelling, Of(minutes), Of(session.Date)), session);
            }

            if (session.Run?.Pace is { } pace && (pace.FastSecondsPerKm < race.EasyPace.FastSecondsPerKm || pace.SlowSecondsPerKm > race.EasyPace.SlowSecondsPerKm))
            {
                plan.Add(Id, new Reason(ReasonKeys.FindingLongRunPace, Of(session.Date)), session);
            }

            if (plan.Week[i] >= 0 && !R24Deload.IsDeloadWeek(plan.Week[i] + 1))
            {
                previous = minutes;
            }

            if (minutes > longest && plan.Week[i] >= 0)
            {
                (longest, longestWeek) = (minutes, plan.Week[i]);
            }
        }

        var raceWeek = plan.WeekCount - 1;
        if (longestWeek >= 0 && !PeakInWindow(ref plan, longest, raceWeek))
        {
            plan.AddForWeek(Id, longestWeek, new Reason(ReasonKeys.FindingLongRunPeakWeek, Of(longest), Of(longestWeek + 1), Of(raceWeek - longestWeek)));
        }
    }

    /// <summary>A plateau counts as a peak: some week 3–5 weeks out holds a long run as long as the longest.</summary>
    private static bool PeakInWindow(ref PlanView plan, int longest, int raceWeek)
    {
        for (var i = 0; i < plan.Sessions.Length; i++)
        {
            var weeksOut = raceWeek - plan.Week[i];
            if (plan.Sessions[i].RunType == RunType.Long && plan.Sessions[i].DurationMinutes == longest
                && weeksOut >= PeakWeeksBeforeRaceMin && weeksOut <= PeakWeeksBeforeRaceMax)
            {
                return true;
            }
        }

        return false;
    }

    private static string PeakKey(RaceDistance distance) => distance switch
    {
        RaceDistance.FiveK => ReasonKeys.FindingLongRunPeakFiveK,
        RaceDistance.TenK => ReasonKeys.FindingLongRunPeakTenK,
        RaceDistance.HalfMarathon => ReasonKeys.FindingLongRunPeakHalfMarathon,
        _ => ReasonKeys.FindingLongRunPeakMarathon,
    };
}
