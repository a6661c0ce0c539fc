using HybridTrainer.Domain.Planning;
using HybridTrainer.Domain.Training;
using static HybridTrainer.Domain.Training.ReasonArguments;

namespace HybridTrainer.Domain.Rules;

/// <summary>
/// R5 No hard-on-legs sessions on consecutive days: "For any two H sessions, |day_a − day_b| ≥ 2, with the week
/// treated as cyclic." H = sprint series, hills, and lower/full-body lifts outside the deload week.
/// </summary>
public static class R05HardEasySpacing
{
    public const string Id = "R5";

    public const int MinimumDaysBetweenHardSessions = 2;

    public static bool IsHardOnLegs(SessionKind kind, RunType? runType, LiftFocus? focus, bool isDeload) =>
        IsHardOnLegs(kind, runType, focus, isDeload, 0);

    /// <summary>As above; race blocks add tempo, I intervals, the race and long runs of 75 min or more (R33, R34, R38).</summary>
    public static bool IsHardOnLegs(SessionKind kind, RunType? runType, LiftFocus? focus, bool isDeload, int minutes) => kind switch
    {
        SessionKind.Run => runType is RunType.Interval or RunType.Hill or RunType.Tempo or RunType.VO2Intervals or RunType.Race
            || (runType == RunType.Long && minutes >= R33LongRun.HardFromMinutes),
        _ => focus is LiftFocus.Lower or LiftFocus.FullBody && !isDeload,
    };

    /// <summary>True when no two offsets (0–6) in <paramref name="dayMask"/> are neighbours, Sunday wrapping to Monday.</summary>
    public static bool IsSpacedCyclically(int dayMask)
    {
        var rotated = ((dayMask << 1) | (dayMask >> 6)) & 0x7F;
        return (dayMask & rotated) == 0;
    }

    internal static void Check(ref PlanView plan)
    {
        PlannedSession? previous = null;
        Span<int> firstDayHard = stackalloc int[plan.WeekCount];
        firstDayHard.Fill(-1);
        for (var i = 0; i < plan.Sessions.Length; i++)
        {
            var session = plan.Sessions[i];
            if (!session.HardOnLegs)
            {
                continue;
            }

            if (previous is not null && session.Date.DayNumber - previous.Date.DayNumber < MinimumDaysBetweenHardSessions)
            {
                plan.Add(Id, new Reason(ReasonKeys.FindingHardDaysAdjacent, Of(previous.Date), Of(session.Date)), previous, session);
            }

            previous = session;
            var week = plan.Week[i];
            if (week < 0)
            {
                continue;
            }

            if (plan.Offset[i] == 0)
            {
                firstDayHard[week] = i;
            }
            else if (plan.Offset[i] == 6 && firstDayHard[week] >= 0)
            {
                var first = plan.Sessions[firstDayHard[week]];
                plan.Add(Id, new Reason(ReasonKeys.FindingHardWeekEnds, Of(week + 1), Of(first.Date), Of(session.Date)), first, session);
            }
        }
    }
}
