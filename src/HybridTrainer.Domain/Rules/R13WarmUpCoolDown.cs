using HybridTrainer.Domain.Planning;
using HybridTrainer.Domain.Training;
using static HybridTrainer.Domain.Training.ReasonArguments;

namespace HybridTrainer.Domain.Rules;

/// <summary>R13 Warm-up and cool-down: "Each quality run includes ≥ 10 min of easy running before and after."</summary>
public static class R13WarmUpCoolDown
{
    public const string Id = "R13";

    public const int MinimumMinutes = 10;

    /// <summary>[PRODUCT] The plan warms up a little longer than the minimum before fast work.</summary>
    public const int WarmUpMinutes = 15;

    public const int CoolDownMinutes = 10;

    internal static void Check(ref PlanView plan)
    {
        foreach (var i in plan.QualityRuns)
        {
            var session = plan.Sessions[i];
            if (session.IsQualityRun && (session.Run is not { } run || run.WarmUpMinutes < MinimumMinutes || run.CoolDownMinutes < MinimumMinutes))
            {
                plan.Add(Id, new Reason(session.RunType == RunType.Hill ? ReasonKeys.FindingWarmUpHill : ReasonKeys.FindingWarmUpInterval, Of(session.Date), Of(MinimumMinutes)), session);
            }
        }
    }
}
