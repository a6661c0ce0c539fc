using HybridTrainer.Domain.Planning;

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
    public static decimal Round(decimal kg) => Math.Round(kg / IncrementKg, MidpointRounding.AwayFromZero) * IncrementKg;

    public static decimal LoadFor(int percentOfTrainingMax, decimal trainingMax) => Round(percentOfTrainingMax * trainingMax / 100m);

    public static bool IsOnIncrement(decimal kg) => kg % IncrementKg == 0;

    internal static void Check(PlanView plan)
    {
        foreach (var session in plan.Sessions)
        {
            foreach (var exercise in session.Exercises)
            {
                foreach (var set in exercise.Sets)
                {
                    if (set.WeightKg is { } kg && !IsOnIncrement(kg))
                    {
                        plan.Add(Id, $"{exercise.Name} on {session.Date:ddd d MMM} asks for {kg} kg; bar loads are multiples of {IncrementKg} kg.", session);
                        break;
                    }
                }
            }
        }
    }
}
