using HybridTrainer.Domain.Planning;
using HybridTrainer.Domain.Training;
using static HybridTrainer.Domain.Training.ReasonArguments;

namespace HybridTrainer.Domain.Rules;

/// <summary>
/// R17 Acute:chronic workload ratio (Gabbett 2016, coupled form, C6): ACWR = L_cur / mean(L_-3, L_-2, L_-1, L_cur)
/// should sit in [0.8, 1.3]; a week at ≥ 1.5 is rejected (the plan then holds no hard-on-legs session that week).
/// Applied once three earlier weeks of load exist, from history or from the plan itself.
/// </summary>
public static class R17AcuteChronicRatio
{
    public const string Id = "R17";

    public const double LowerBound = 0.8;

    public const double UpperBound = 1.3;

    public const double RejectAt = 1.5;

    public const int PreviousWeeksNeeded = 3;

    /// <summary>[PRODUCT] R17 ramp: a week over 1.3 is lightened only down to L_max, and to at least this share of it.</summary>
    public const double RampFloor = 0.85;

    /// <summary>
    /// [PRODUCT] R17 ramp: the guard-rail must not become a ceiling. After this many lightened weeks in a row, a week is
    /// held back only by the hard limit (ACWR below 1.5), no longer by the 1.3 target.
    /// </summary>
    public const int MaxLightenedWeeksInARow = 4;

    /// <summary>The hard limit the ramp keeps to once it has lightened four weeks in a row: just below 1.5.</summary>
    public const double HardLimit = 1.49;

    public static double Ratio(int previousThreeWeeksSum, int currentWeek)
    {
        var chronic = (previousThreeWeeksSum + currentWeek) / 4.0;
        return chronic == 0 ? 0 : currentWeek / chronic;
    }

    /// <summary>Largest next-week load keeping ACWR ≤ <paramref name="limit"/>: lim × S / (4 − lim).</summary>
    public static double MaxNextWeekLoad(int previousThreeWeeksSum, double limit) =>
        limit * previousThreeWeeksSum / (4 - limit);

    internal static void Check(ref PlanView plan)
    {
        var history = plan.History.WeeklyLoadsAu;
        for (var w = 0; w < plan.WeekCount; w++)
        {
            // A race is a planned all-out effort: the race week follows R36 and R38 instead.
            if (history.Count + w < PreviousWeeksNeeded || (plan.Block.Race is not null && w == plan.WeekCount - 1))
            {
                continue;
            }

            var sum = 0;
            for (var k = 1; k <= PreviousWeeksNeeded; k++)
            {
                var index = w - k;
                sum += index >= 0 ? plan.PlannedWeekLoad[index] : history[history.Count + index];
            }

            var ratio = Ratio(sum, plan.WeekLoad[w]);
            if (ratio >= RejectAt && HasHardSession(ref plan, w))
            {
                plan.AddForWeek(Id, w, new Reason(ReasonKeys.FindingAcwrHigh, Of(w + 1), Of(plan.WeekLoad[w]), Of(sum / 3), Of(ratio, "0.00"), Of(RejectAt), Of(MaxNextWeekLoad(sum, UpperBound), "0")));
            }
        }
    }

    private static bool HasHardSession(ref PlanView plan, int week)
    {
        for (var i = 0; i < plan.Sessions.Length; i++)
        {
            if (plan.Week[i] == week && plan.Sessions[i].HardOnLegs)
            {
                return true;
            }
        }

        return false;
    }
}
