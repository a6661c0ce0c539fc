using HybridTrainer.Domain.Planning;
using HybridTrainer.Domain.Training;
using static HybridTrainer.Domain.Training.ReasonArguments;

namespace HybridTrainer.Domain.Rules;

/// <summary>
/// R23 Supplemental volume: upper lifts use Boring But Big, 5 × 10 at 50 % TM in cycle 1 rising to 60 %; squat and
/// deadlift use First Set Last, 5 × 5 at the first working-set percentage. FSL for legs is [PRODUCT]: running
/// already adds leg volume.
/// </summary>
public static class R23SupplementalVolume
{
    public const string Id = "R23";

    public const int Sets = 5;
    public const int BoringButBigReps = 10;
    public const int FirstSetLastReps = 5;
    public const int BoringButBigStartPercent = 50;
    public const int BoringButBigMaxPercent = 60;

    /// <summary>[PRODUCT] BBB climbs 5 % per completed wave: 50, 55, then 60 %.</summary>
    public const int BoringButBigStepPercent = 5;

    public static bool IsUpper(MainLift lift) => lift is MainLift.BenchPress or MainLift.OverheadPress;

    public static int BoringButBigPercent(int programWeek) =>
        Math.Min(BoringButBigStartPercent + (((programWeek - 1) / 4) * BoringButBigStepPercent), BoringButBigMaxPercent);

    public static string SupplementalName(MainLift lift) => lift switch
    {
        MainLift.Squat => "Back squat First Set Last",
        MainLift.BenchPress => "Bench press Boring But Big",
        MainLift.Deadlift => "Deadlift First Set Last",
        _ => "Overhead press Boring But Big",
    };

    public static Exercise SupplementalFor(MainLift lift, int programWeek, int waveWeek, decimal trainingMax)
    {
        var upper = IsUpper(lift);
        var percent = upper ? BoringButBigPercent(programWeek) : R20WeekPercentages.Percent(waveWeek, 0);
        var set = new ExerciseSet(upper ? BoringButBigReps : FirstSetLastReps, R21LoadRounding.LoadFor(percent, trainingMax), percent, false);
        var sets = new ExerciseSet[Sets];
        Array.Fill(sets, set);
        return new Exercise(SupplementalName(lift), lift, ExerciseRole.Supplemental, sets);
    }

    internal static void Check(ref PlanView plan)
    {
        foreach (var session in plan.Sessions)
        {
            var exercises = PlanView.Items(session.Exercises);
            for (var e = 0; e < exercises.Length; e++)
            {
                var exercise = exercises[e];
                if (exercise is not { Role: ExerciseRole.Supplemental, MainLift: { } lift })
                {
                    continue;
                }

                var reps = IsUpper(lift) ? BoringButBigReps : FirstSetLastReps;
                if (exercise.Sets.Count > Sets || MaxReps(PlanView.Items(exercise.Sets)) > reps)
                {
                    plan.Add(Id, new Reason(ReasonKeys.FindingSupplementalVolume, exercise.Name, Of(session.Date), Of(Sets), Of(reps)), session);
                }
            }
        }
    }

    private static int MaxReps(ReadOnlySpan<ExerciseSet> sets)
    {
        var max = 0;
        for (var s = 0; s < sets.Length; s++)
        {
            max = Math.Max(max, sets[s].Reps);
        }

        return max;
    }
}
