using HybridTrainer.Domain.Planning;
using HybridTrainer.Domain.Training;
using static HybridTrainer.Domain.Training.ReasonArguments;

namespace HybridTrainer.Domain.Rules;

/// <summary>
/// R24 Deload: "In ww = 4 all main lifts use 40/50/60 % × 5 with no AMRAP and no BBB/FSL. These lifts do not count
/// as H, so they are exempt from R5/R6."
/// </summary>
public static class R24Deload
{
    public const string Id = "R24";

    public const int DeloadWaveWeek = 4;

    public static int WaveWeek(int programWeek) => ((programWeek - 1) % 4) + 1;

    public static bool IsDeloadWeek(int programWeek) => WaveWeek(programWeek) == DeloadWaveWeek;

    internal static void Check(ref PlanView plan)
    {
        for (var i = 0; i < plan.Sessions.Length; i++)
        {
            var session = plan.Sessions[i];
            var deload = session.IsDeload || (plan.Week[i] >= 0 && IsDeloadWeek(plan.Week[i] + 1));
            if (session.Kind != SessionKind.Lift || !deload)
            {
                continue;
            }

            var exercises = PlanView.Items(session.Exercises);
            for (var e = 0; e < exercises.Length; e++)
            {
                var exercise = exercises[e];
                if (exercise.Role == ExerciseRole.Supplemental || HasAmrap(PlanView.Items(exercise.Sets)))
                {
                    plan.Add(Id, new Reason(ReasonKeys.FindingDeloadTooHeavy, exercise.Name, Of(session.Date)), session);
                }
            }
        }
    }

    private static bool HasAmrap(ReadOnlySpan<ExerciseSet> sets)
    {
        for (var s = 0; s < sets.Length; s++)
        {
            if (sets[s].Amrap)
            {
                return true;
            }
        }

        return false;
    }
}
