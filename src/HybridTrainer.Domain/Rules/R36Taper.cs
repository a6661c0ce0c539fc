using HybridTrainer.Domain.Planning;
using HybridTrainer.Domain.Training;
using static HybridTrainer.Domain.Training.ReasonArguments;

namespace HybridTrainer.Domain.Rules;

/// <summary>
/// R36 Taper: running minutes fall against the last pre-taper week by 41–60 % in total, progressively (Bosquet et al.
/// 2007: volume −41–60 %, intensity and frequency kept, ES 0.72): 1 week −40–60 %; 2 weeks −20–35 % then −40–60 %;
/// 3 weeks −15–30 %, −30–45 %, −45–60 %. Same number of runs ±1; one short race-pace or T/I session a week at about
/// half volume, none within 3 days of the race; marathon long run ≤ 120 min 2 weeks out and ≤ 75 min the week before.
/// The race's own minutes are not part of the race week's volume.
/// </summary>
public static class R36Taper
{
    public const string Id = "R36";

    public const int NoIntensityDaysBeforeRace = 3;

    public const int MarathonLongRunTwoWeeksOut = 120;

    public const int MarathonLongRunLastWeek = 75;

    /// <summary>The cut (fraction less than the last pre-taper week) for taper week <paramref name="k"/> of <paramref name="taperWeeks"/>.</summary>
    public static (double Least, double Most) Cut(int taperWeeks, int k) => (taperWeeks, k) switch
    {
        (1, _) => (0.40, 0.60),
        (2, 1) => (0.20, 0.35),
        (2, _) => (0.40, 0.60),
        (_, 1) => (0.15, 0.30),
        (_, 2) => (0.30, 0.45),
        _ => (0.45, 0.60),
    };

    public static bool IsIntensity(PlannedSession session) =>
        session.RunType is RunType.Interval or RunType.Hill or RunType.Tempo or RunType.VO2Intervals
        || (session.RunType == RunType.Long && session.Run?.RacePaceMinutes > 0);

    /// <summary>Shortest a taper-week run may be: easy runs at R15's minimum, shakeout 15 min, long run 30 min, the rest as prescribed; the race counts 0.</summary>
    public static int FloorMinutes(PlannedSession run) => run.RunType switch
    {
        RunType.Race => 0,
        RunType.Steady or RunType.Recovery => R15EasyRunPrescription.MinMinutes(run.RunType.Value),
        RunType.Shakeout => R38RaceWeek.ShakeoutMinMinutes,
        RunType.Long => R33LongRun.MinMinutes,
        _ => run.DurationMinutes,
    };

    internal static void Check(ref PlanView plan)
    {
        if (plan.Block.Race is not { } race)
        {
            return;
        }

        var taperWeeks = R32RacePhases.TaperWeeks(race.Goal.Distance);
        var last = plan.WeekCount - taperWeeks - 1;
        if (last < 0)
        {
            return;
        }

        Span<int> minutes = stackalloc int[plan.WeekCount];
        Span<int> runs = stackalloc int[plan.WeekCount];
        Span<int> longest = stackalloc int[plan.WeekCount];
        Span<int> floor = stackalloc int[plan.WeekCount];
        var raceDay = race.Goal.RaceDate.DayNumber;
        for (var i = 0; i < plan.Sessions.Length; i++)
        {
            var session = plan.Sessions[i];
            var w = plan.Week[i];
            if (session.Kind != SessionKind.Run || w < 0)
            {
                continue;
            }

            runs[w]++;
            minutes[w] += session.RunType == RunType.Race ? 0 : session.DurationMinutes;
            floor[w] += FloorMinutes(session);
            if (session.RunType == RunType.Long)
            {
                longest[w] = Math.Max(longest[w], session.DurationMinutes);
            }

            var before = raceDay - session.Date.DayNumber;
            if (IsIntensity(session) && before is > 0 and <= NoIntensityDaysBeforeRace)
            {
                plan.Add(Id, new Reason(HardBeforeRaceKey(session.RunType), Of(session.Date), Of(before), Of(NoIntensityDaysBeforeRace)), session);
            }
        }

        for (var k = 1; k <= taperWeeks; k++)
        {
            var w = last + k;
            var (least, _) = Cut(taperWeeks, k);
            // As in R16, the shortest the week's runs may be wins over the cut when the volume is very small.
            var most = Math.Max((int)Math.Floor(minutes[last] * (1 - least)), floor[w]);
            if (minutes[w] > most)
            {
                plan.AddForWeek(Id, w, new Reason(ReasonKeys.FindingTaperMinutes, Of(k), Of(minutes[w]), Of(minutes[last]), Of(most), Of(least)));
            }

            if (Math.Abs(runs[w] - runs[last]) > 1)
            {
                plan.AddForWeek(Id, w, new Reason(ReasonKeys.FindingTaperRuns, Of(k), Of(runs[w]), Of(runs[last])));
            }

            var weeksOut = taperWeeks - k;
            var cap = race.Goal.Distance != RaceDistance.Marathon ? int.MaxValue : weeksOut == 2 ? MarathonLongRunTwoWeeksOut : weeksOut == 1 ? MarathonLongRunLastWeek : int.MaxValue;
            if (longest[w] > cap)
            {
                plan.AddForWeek(Id, w, new Reason(ReasonKeys.FindingTaperLongRun, Of(k), Of(longest[w]), Of(weeksOut), Of(cap)));
            }
        }
    }

    // IsIntensity admits these five run types only.
    private static string HardBeforeRaceKey(RunType? type) => type switch
    {
        RunType.Interval => ReasonKeys.FindingHardBeforeRaceInterval,
        RunType.Hill => ReasonKeys.FindingHardBeforeRaceHill,
        RunType.Tempo => ReasonKeys.FindingHardBeforeRaceTempo,
        RunType.VO2Intervals => ReasonKeys.FindingHardBeforeRaceVO2Intervals,
        _ => ReasonKeys.FindingHardBeforeRaceLong,
    };
}
