using HybridTrainer.Domain.Planning;
using HybridTrainer.Domain.Training;
using static HybridTrainer.Domain.Training.ReasonArguments;

namespace HybridTrainer.Domain.Rules;

/// <summary>
/// R30 Recovery prompts: "Every week with ≥ 3 runs contains ≥ 1 run_recovery. Every H lift session is followed by a
/// foam-rolling/mobility prompt." Checked for presence only.
/// </summary>
public static class R30RecoveryPrompts
{
    public const string Id = "R30";

    public const int RunsNeedingRecoveryRun = 3;

    /// <summary>The prompt as a key the web words (stored plans from before keys hold the English sentence).</summary>
    public const string FoamRollingPrompt = ReasonKeys.FoamRollAfterHeavyLegs;

    internal static void Check(ref PlanView plan)
    {
        for (var i = 0; i < plan.Sessions.Length; i++)
        {
            var session = plan.Sessions[i];
            if (session.Kind == SessionKind.Lift && session.HardOnLegs && string.IsNullOrEmpty(session.FoamRollingPrompt))
            {
                plan.Add(Id, new Reason(ReasonKeys.FindingNoFoamRolling, Of(session.Date)), session);
            }
        }

        for (var w = 0; w < plan.WeekCount; w++)
        {
            if (plan.RunsPerWeek[w] >= RunsNeedingRecoveryRun && plan.RecoveryRunsPerWeek[w] == 0)
            {
                plan.AddForWeek(Id, w, new Reason(ReasonKeys.FindingNoRecoveryRun, Of(w + 1), Of(plan.RunsPerWeek[w])));
            }
        }
    }
}
