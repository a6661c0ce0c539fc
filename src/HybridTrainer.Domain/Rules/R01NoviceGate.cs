using HybridTrainer.Domain.Planning;
using HybridTrainer.Domain.Training;
using static HybridTrainer.Domain.Training.ReasonArguments;

namespace HybridTrainer.Domain.Rules;

/// <summary>
/// R1 Novice gate: "If base_weeks &lt; 4, then count(run_interval) = 0 and count(run_hill) = 0 that week."
/// Intense series come only after about a month of comfortable running.
/// </summary>
public static class R01NoviceGate
{
    public const string Id = "R1";

    public const int MinimumBaseWeeks = 4;

    /// <summary>Weeks of running base in programme week <paramref name="programWeek"/> (base grows by one a week).</summary>
    public static int BaseWeeks(int runningBaseWeeks, int programWeek) => runningBaseWeeks + programWeek - 1;

    public static bool QualityRunsAllowed(int runningBaseWeeks, int programWeek) =>
        BaseWeeks(runningBaseWeeks, programWeek) >= MinimumBaseWeeks;

    internal static void Check(ref PlanView plan)
    {
        foreach (var i in plan.QualityRuns)
        {
            var session = plan.Sessions[i];
            if (session.IsQualityRun && plan.Week[i] >= 0 && !QualityRunsAllowed(plan.Profile.RunningBaseWeeks, plan.Week[i] + 1))
            {
                plan.Add(Id, new Reason(session.RunType == RunType.Hill ? ReasonKeys.FindingNoviceQualityHill : ReasonKeys.FindingNoviceQualityInterval, Of(session.Date)), session);
            }
        }
    }
}
