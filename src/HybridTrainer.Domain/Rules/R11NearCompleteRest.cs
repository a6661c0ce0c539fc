using HybridTrainer.Domain.Planning;
using HybridTrainer.Domain.Training;
using static HybridTrainer.Domain.Training.ReasonArguments;

namespace HybridTrainer.Domain.Rules;

/// <summary>
/// R11 Near-complete rest: "For every series, rest_s ≥ 3 × rep_s and rest_s ≥ 90", as walk, stand or very easy
/// jog; soft upper bound 6 × rep_s.
/// </summary>
public static class R11NearCompleteRest
{
    public const string Id = "R11";

    public const int RestMultiple = 3;

    public const int MinimumRestSeconds = 90;

    /// <summary>[PRODUCT] Rests are prescribed in whole quarter-minutes, rounded up.</summary>
    public const int RestStepSeconds = 15;

    public static int RestFor(int repetitionSeconds)
    {
        var rest = Math.Max(MinimumRestSeconds, RestMultiple * repetitionSeconds);
        return (rest + RestStepSeconds - 1) / RestStepSeconds * RestStepSeconds;
    }

    public static bool IsEnough(int repetitionSeconds, int restSeconds) =>
        restSeconds >= MinimumRestSeconds && restSeconds >= RestMultiple * repetitionSeconds;

    internal static void Check(ref PlanView plan)
    {
        foreach (var i in plan.QualityRuns)
        {
            var session = plan.Sessions[i];
            if (session.RunType == RunType.Interval && session.Run is { } run
                && !IsEnough(run.RepetitionSeconds ?? 0, run.RestSeconds ?? 0))
            {
                plan.Add(Id, new Reason(ReasonKeys.FindingSprintRestShort, Of(session.Date), Of(run.RestSeconds ?? 0), Of(run.RepetitionSeconds ?? 0)), session);
            }
        }
    }
}
