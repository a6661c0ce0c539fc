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

    /// <summary>r25(pct × TM / 100): the exact decimal result.</summary>
    /// <remarks>
    /// Counting 2.5 kg steps in double is exact except within a hair of a tie, so only near-ties pay for decimal
    /// arithmetic; the checker runs this for every main set on every drag.
    /// </remarks>
    public static decimal LoadFor(int percentOfTrainingMax, decimal trainingMax)
    {
        var steps = percentOfTrainingMax * (double)trainingMax / 250;
        if (Math.Abs(steps - Math.Floor(steps) - 0.5) < NearTie || steps > MaxFastSteps)
        {
            return Math.Round(percentOfTrainingMax * trainingMax * StepsPerPercentKg, MidpointRounding.AwayFromZero) * IncrementKg;
        }

        return new decimal((int)Math.Round(steps) * 25, 0, 0, false, 1);
    }

    public static bool IsOnIncrement(decimal kg)
    {
        // One or two decimals and a sane size: the double quotient is integral exactly when the load is on the grid.
        if (kg.Scale <= 2 && kg < MaxFastKg && kg > -MaxFastKg)
        {
            var quotient = (double)kg / 2.5;
            return quotient == Math.Floor(quotient);
        }

        var steps = kg * StepsPerKg;
        return steps == decimal.Truncate(steps);
    }

    // 1 / 2.5 and 1 / (100 × 2.5), both exact in decimal.
    private const decimal StepsPerKg = 0.4m;
    private const decimal StepsPerPercentKg = 0.004m;
    private const double NearTie = 1e-9;
    private const double MaxFastSteps = 1e7;
    private const decimal MaxFastKg = 1e9m;

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
