using HybridTrainer.Domain.Planning;
using HybridTrainer.Domain.Training;
using static HybridTrainer.Domain.Training.ReasonArguments;

namespace HybridTrainer.Domain.Rules;

/// <summary>
/// R3 Alternating quality run: "In odd weeks the quality slot is run_interval; in even weeks it is run_hill."
/// At most one quality run a week.
/// </summary>
public static class R03AlternatingQualityRun
{
    public const string Id = "R3";

    public const int MaxQualityRunsPerWeek = 1;

    public static RunType QualityRunFor(int programWeek) => programWeek % 2 == 1 ? RunType.Interval : RunType.Hill;

    internal static void Check(ref PlanView plan)
    {
        Span<int> seen = stackalloc int[plan.WeekCount];
        foreach (var i in plan.QualityRuns)
        {
            var session = plan.Sessions[i];
            var week = plan.Week[i];
            if (!session.IsQualityRun || week < 0)
            {
                continue;
            }

            if (++seen[week] > MaxQualityRunsPerWeek)
            {
                plan.Add(Id, new Reason(ReasonKeys.FindingQualityRunsTooMany, Of(week + 1)), session);
            }

            var expected = QualityRunFor(week + 1);
            if (session.RunType != expected)
            {
                plan.Add(Id, new Reason(expected == RunType.Interval ? ReasonKeys.FindingIntervalWeek : ReasonKeys.FindingHillWeek, Of(week + 1)), session);
            }
        }
    }
}
