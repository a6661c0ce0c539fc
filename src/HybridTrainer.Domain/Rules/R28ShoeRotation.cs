using HybridTrainer.Domain.Athletes;
using HybridTrainer.Domain.Planning;
using HybridTrainer.Domain.Training;
using static HybridTrainer.Domain.Training.ReasonArguments;

namespace HybridTrainer.Domain.Rules;

/// <summary>
/// R28 Shoe rotation: the plan rotates at least two pairs across runs (Malisoux 2015: about 39 % lower injury
/// hazard); "the minimalist pair is used only for run_steady/run_recovery of ≤ 40 min, and on ≤ ⅓ of weekly run
/// sessions" ([PRODUCT] limits).
/// </summary>
public static class R28ShoeRotation
{
    public const string Id = "R28";

    public const int MinimalistMaxMinutes = 40;

    /// <summary>At most one run in this many may use the minimalist pair.</summary>
    public const int MinimalistShareDenominator = 3;

    public static bool MinimalistAllowed(PlannedSession run) => MinimalistAllowed(run.RunType, run.DurationMinutes);

    public static bool MinimalistAllowed(RunType? type, int minutes) =>
        type is RunType.Steady or RunType.Recovery && minutes <= MinimalistMaxMinutes;

    public static int MaxMinimalistRuns(int runsInWeek) => runsInWeek / MinimalistShareDenominator;

    internal static void Check(ref PlanView plan)
    {
        var shoes = plan.Profile.Shoes;
        if (shoes.Count == 0)
        {
            return;
        }

        Span<int> minimalist = stackalloc int[plan.WeekCount];
        for (var i = 0; i < plan.Sessions.Length; i++)
        {
            var session = plan.Sessions[i];
            if (session.Kind != SessionKind.Run || plan.Week[i] < 0)
            {
                continue;
            }

            if (Find(shoes, session.ShoeId)?.Kind != ShoeKind.Minimalist)
            {
                continue;
            }

            minimalist[plan.Week[i]]++;
            if (!MinimalistAllowed(session))
            {
                plan.Add(Id, new Reason(MinimalistKey(session.RunType), Of(session.Date), Of(MinimalistMaxMinutes)), session);
            }
        }

        for (var w = 0; w < plan.WeekCount; w++)
        {
            if (minimalist[w] > MaxMinimalistRuns(plan.RunsPerWeek[w]))
            {
                plan.AddForWeek(Id, w, new Reason(ReasonKeys.FindingMinimalistShare, Of(w + 1), Of(minimalist[w]), Of(plan.RunsPerWeek[w]), Of(MinimalistShareDenominator)));
            }
        }
    }

    internal static Shoe? Find(IReadOnlyList<Shoe> shoes, string? id)
    {
        if (id is null)
        {
            return null;
        }

        for (var i = 0; i < shoes.Count; i++)
        {
            if (shoes[i].Id == id)
            {
                return shoes[i];
            }
        }

        return null;
    }

    private static string MinimalistKey(RunType? type) => type switch
    {
        RunType.Steady => ReasonKeys.FindingMinimalistSteady,
        RunType.Recovery => ReasonKeys.FindingMinimalistRecovery,
        RunType.Interval => ReasonKeys.FindingMinimalistInterval,
        RunType.Hill => ReasonKeys.FindingMinimalistHill,
        RunType.Long => ReasonKeys.FindingMinimalistLong,
        RunType.Tempo => ReasonKeys.FindingMinimalistTempo,
        RunType.VO2Intervals => ReasonKeys.FindingMinimalistVO2Intervals,
        RunType.Shakeout => ReasonKeys.FindingMinimalistShakeout,
        RunType.Race => ReasonKeys.FindingMinimalistRace,
        _ => ReasonKeys.FindingMinimalistRun,
    };
}
