using HybridTrainer.Domain.Planning;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Rules;

/// <summary>
/// R21 Rounding: "Every prescribed bar load is r25(pct × TM): nearest 2.5 kg, ties up, in decimal arithmetic."
/// The tie rule is [PRODUCT].
/// </summary>
public static class R21LoadRounding
{
    public const string Id = "R21";

    public const decimal IncrementKg = 2.5m;

    /// <summary>r25: nearest multiple of 2.5 kg, ties rounded up (loads are positive, so away from zero is up).</summary>
    public static decimal Round(decimal kg) => Math.Round(kg * StepsPerKg, MidpointRounding.AwayFromZero) * IncrementKg;

    /// <summary>r25(pct × TM / 100), computed as a product with 0.004 (= 1 / 250): exact, and much cheaper than decimal division.</summary>
    public static decimal LoadFor(int percentOfTrainingMax, decimal trainingMax) =>
        Math.Round(percentOfTrainingMax * trainingMax * StepsPerPercentKg, MidpointRounding.AwayFromZero) * IncrementKg;

    public static bool IsOnIncrement(decimal kg)
    {
        var steps = kg * StepsPerKg;
        return steps == decimal.Truncate(steps);
    }

    // 1 / 2.5 and 1 / (100 × 2.5), both exact in decimal.
    private const decimal StepsPerKg = 0.4m;
    private const decimal StepsPerPercentKg = 0.004m;

    internal static void Check(PlanView plan)
    {
        foreach (var session in plan.Sessions)
        {
            var exercises = session.Exercises;
            for (var e = 0; e < exercises.Count; e++)
            {
                var sets = exercises[e].Sets;
                ExerciseSet? previous = null;
                for (var s = 0; s < sets.Count; s++)
                {
                    // Supplemental and assistance sets repeat one set object; check each distinct set once.
                    if (ReferenceEquals(sets[s], previous))
                    {
                        continue;
                    }

                    previous = sets[s];
                    if (sets[s].WeightKg is { } kg && !IsOnIncrement(kg))
                    {
                        plan.Add(Id, $"{exercises[e].Name} on {session.Date:ddd d MMM} asks for {kg} kg; bar loads are multiples of {IncrementKg} kg.", session);
                        break;
                    }
                }
            }
        }
    }
}
