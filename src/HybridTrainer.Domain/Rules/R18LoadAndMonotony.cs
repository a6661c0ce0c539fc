using HybridTrainer.Domain.Planning;
using HybridTrainer.Domain.Training;
using static HybridTrainer.Domain.Training.ReasonArguments;

namespace HybridTrainer.Domain.Rules;

/// <summary>
/// R18 Session load and monotony (Foster 2001): load_AU = sRPE × minutes; weekly monotony = mean(daily load) /
/// population SD(daily load) over 7 days with rest days at 0, kept ≤ 2.0 [PRODUCT]; strain = weekly load × monotony.
/// </summary>
public static class R18LoadAndMonotony
{
    public const string Id = "R18";

    public const double MaxMonotony = 2.0;

    /// <summary>[PRODUCT] Default planned session RPE (C5 table).</summary>
    public const int UpperLiftRpe = 6;
    public const int LegLiftRpe = 7;
    public const int DeloadLiftRpe = 4;
    public const int QualityRunRpe = 8;

    public static int SessionLoad(int rpe, int minutes) => rpe * minutes;

    /// <summary>Mean / population SD of the daily loads; infinity when every day is equal and non-zero.</summary>
    public static double Monotony(ReadOnlySpan<int> dailyLoads)
    {
        double sum = 0;
        foreach (var load in dailyLoads)
        {
            sum += load;
        }

        var mean = sum / dailyLoads.Length;
        double squares = 0;
        foreach (var load in dailyLoads)
        {
            squares += (load - mean) * (load - mean);
        }

        var sd = Math.Sqrt(squares / dailyLoads.Length);
        return sd == 0 ? (mean == 0 ? 0 : double.PositiveInfinity) : mean / sd;
    }

    public static double Strain(ReadOnlySpan<int> dailyLoads)
    {
        var total = 0;
        foreach (var load in dailyLoads)
        {
            total += load;
        }

        return total * Monotony(dailyLoads);
    }

    internal static void Check(ref PlanView plan)
    {
        Span<int> daily = stackalloc int[plan.WeekCount * 7];
        for (var i = 0; i < plan.Sessions.Length; i++)
        {
            if (plan.Week[i] >= 0)
            {
                // An accepted R27 downgrade only lowers load; the week's variety is judged as planned.
                daily[(plan.Week[i] * 7) + plan.Offset[i]] += plan.Sessions[i].AsPlanned().LoadAu;
            }
        }

        for (var w = 0; w < plan.WeekCount; w++)
        {
            var monotony = Monotony(daily.Slice(w * 7, 7));
            if (monotony > MaxMonotony)
            {
                plan.AddForWeek(Id, w, new Reason(ReasonKeys.FindingMonotonyHigh, Of(w + 1), Of(monotony, "0.00"), Of(MaxMonotony)));
            }
        }
    }
}
