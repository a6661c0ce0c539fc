using HybridTrainer.Domain.Planning;
using HybridTrainer.Domain.Training;
using static HybridTrainer.Domain.Training.ReasonArguments;

namespace HybridTrainer.Domain.Rules;

/// <summary>
/// R20 Week percentages of the training max: week 1 65/75/85 % × 5/5/5+, week 2 70/80/90 % × 3/3/3+,
/// week 3 75/85/95 % × 5/3/1+, week 4 (deload) 40/50/60 % × 5. "+" is an AMRAP on the last set of weeks 1–3.
/// </summary>
public static class R20WeekPercentages
{
    public const string Id = "R20";

    private static readonly int[][] _percents = [[65, 75, 85], [70, 80, 90], [75, 85, 95], [40, 50, 60]];

    private static readonly int[][] _reps = [[5, 5, 5], [3, 3, 3], [5, 3, 1], [5, 5, 5]];

    public static int Percent(int waveWeek, int set) => _percents[waveWeek - 1][set];

    public static int Reps(int waveWeek, int set) => _reps[waveWeek - 1][set];

    public static bool IsAmrap(int waveWeek, int set) => set == 2 && waveWeek != R24Deload.DeloadWaveWeek;

    /// <summary>The three main-lift sets for a wave week at a training max, loads rounded per R21.</summary>
    public static ExerciseSet[] MainSets(int waveWeek, decimal trainingMax)
    {
        var sets = new ExerciseSet[3];
        for (var s = 0; s < 3; s++)
        {
            var percent = Percent(waveWeek, s);
            sets[s] = new ExerciseSet(Reps(waveWeek, s), R21LoadRounding.LoadFor(percent, trainingMax), percent, IsAmrap(waveWeek, s));
        }

        return sets;
    }

    internal static void Check(ref PlanView plan)
    {
        for (var i = 0; i < plan.Sessions.Length; i++)
        {
            var session = plan.Sessions[i];
            if (session.Kind != SessionKind.Lift || plan.Week[i] < 0
                || (plan.Block.Race is { } race && R37LiftingAroundRace.Governs(race.Goal, plan.Block.Weeks[plan.Week[i]].Phase, session.Date)))
            {
                continue;
            }

            var waveWeek = session.IsDeload ? R24Deload.DeloadWaveWeek : R24Deload.WaveWeek(plan.Week[i] + 1);
            var maxes = plan.Block.Weeks[plan.Week[i]].TrainingMaxes;
            var exercises = PlanView.Items(session.Exercises);
            for (var e = 0; e < exercises.Length; e++)
            {
                var exercise = exercises[e];
                if (exercise is { Role: ExerciseRole.Main, MainLift: { } lift } && !Matches(PlanView.Items(exercise.Sets), waveWeek, maxes.For(lift)))
                {
                    plan.Add(Id, new Reason(ReasonKeys.FindingWaveMismatch, exercise.Name, Of(session.Date), Of(waveWeek), Of(Percent(waveWeek, 0)), Of(Percent(waveWeek, 1)), Of(Percent(waveWeek, 2)), Of(Reps(waveWeek, 0)), Of(Reps(waveWeek, 1)), Of(Reps(waveWeek, 2))), session);
                }
            }
        }
    }

    private static bool Matches(ReadOnlySpan<ExerciseSet> sets, int waveWeek, decimal trainingMax)
    {
        if (sets.Length != 3)
        {
            return false;
        }

        // Converted once for the three sets; see R21LoadRounding.TryNearestSteps.
        var trainingMaxKg = (double)trainingMax;
        for (var s = 0; s < 3; s++)
        {
            var set = sets[s];
            var percent = Percent(waveWeek, s);
            if (set.PercentOfTrainingMax != percent || set.Reps != Reps(waveWeek, s) || set.Amrap != IsAmrap(waveWeek, s)
                || set.WeightKg is not { } kg || !IsLoadFor(kg, percent, trainingMax, trainingMaxKg))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>kg == r25(pct × TM), compared as whole 2.5 kg steps; decimal arithmetic only near a tie or off the fast path.</summary>
    private static bool IsLoadFor(decimal kg, int percent, decimal trainingMax, double trainingMaxKg)
    {
        var steps = R21LoadRounding.Steps(kg);
        if (steps != R21LoadRounding.Unknown && R21LoadRounding.TryNearestSteps(percent, trainingMaxKg, out var expected) && expected >= 0)
        {
            // LoadFor returns exactly `expected` steps here, and an off-grid load equals no multiple of 2.5 kg.
            return steps == expected;
        }

        return kg == R21LoadRounding.LoadFor(percent, trainingMax);
    }
}
