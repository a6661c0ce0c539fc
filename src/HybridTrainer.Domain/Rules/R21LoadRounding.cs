using HybridTrainer.Domain.Planning;
using HybridTrainer.Domain.Training;
using static HybridTrainer.Domain.Training.ReasonArguments;

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
    public static decimal LoadFor(int percentOfTrainingMax, decimal trainingMax) =>
        TryNearestSteps(percentOfTrainingMax, (double)trainingMax, out var steps)
            ? new decimal(steps * 25, 0, 0, false, 1)
            : Math.Round(percentOfTrainingMax * trainingMax * StepsPerPercentKg, MidpointRounding.AwayFromZero) * IncrementKg;

    public static bool IsOnIncrement(decimal kg)
    {
        var steps = Steps(kg);
        if (steps != Unknown)
        {
            return steps != OffGrid;
        }

        var exact = kg * StepsPerKg;
        return exact == decimal.Truncate(exact);
    }

    /// <summary>
    /// The whole 2.5 kg steps of r25(pct × TM / 100), counted in double from a training max already converted
    /// (the checker converts each training max once, not once per set); false near a tie or for absurd sizes,
    /// where only <see cref="LoadFor"/>'s decimal arithmetic is exact.
    /// </summary>
    internal static bool TryNearestSteps(int percentOfTrainingMax, double trainingMax, out int steps)
    {
        var estimate = percentOfTrainingMax * trainingMax / 250;
        if (Math.Abs(estimate - Math.Floor(estimate) - 0.5) < NearTie || estimate > MaxFastSteps)
        {
            steps = 0;
            return false;
        }

        steps = (int)Math.Round(estimate);
        return true;
    }

    /// <summary>A load not on the 2.5 kg grid (<see cref="Steps"/>).</summary>
    internal const long OffGrid = -1;

    /// <summary>A load <see cref="Steps"/> cannot count exactly with integers: negative, over two decimals or huge.</summary>
    internal const long Unknown = -2;

    /// <summary>
    /// A non-negative load with at most two decimals as whole 2.5 kg steps, exactly, from the decimal's own digits:
    /// <see cref="OffGrid"/> when it is not a multiple of 2.5 kg, <see cref="Unknown"/> when only decimal arithmetic can tell.
    /// </summary>
    /// <remarks>Integer arithmetic on the digits costs a fraction of decimal division; R20 and R21 run it for every set.</remarks>
    internal static long Steps(decimal kg)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(kg, bits);

        // bits: low, middle and high 32 bits of the digits, then sign (bit 31) and scale (bits 16–23).
        if (bits[2] != 0 || bits[1] < 0 || bits[3] < 0)
        {
            return Unknown;
        }

        // kg = digits / 10^scale and one step is 25 / 10 kg, so steps = 2 × digits / (5 × 10^scale) when whole.
        var unit = ((bits[3] >> 16) & 0xFF) switch { 0 => 5UL, 1 => 50UL, 2 => 500UL, _ => 0UL };
        if (unit == 0)
        {
            return Unknown;
        }

        var twiceDigits = ((((ulong)(uint)bits[1]) << 32) | (uint)bits[0]) * 2;
        return twiceDigits % unit == 0 ? (long)(twiceDigits / unit) : OffGrid;
    }

    // 1 / 2.5 and 1 / (100 × 2.5), both exact in decimal.
    private const decimal StepsPerKg = 0.4m;
    private const decimal StepsPerPercentKg = 0.004m;
    private const double NearTie = 1e-9;
    private const double MaxFastSteps = 1e7;

    internal static void Check(ref PlanView plan)
    {
        foreach (var session in plan.Sessions)
        {
            var exercises = PlanView.Items(session.Exercises);
            for (var e = 0; e < exercises.Length; e++)
            {
                var sets = PlanView.Items(exercises[e].Sets);
                ExerciseSet? previous = null;
                for (var s = 0; s < sets.Length; s++)
                {
                    // Supplemental and assistance sets repeat one set object; check each distinct set once.
                    if (ReferenceEquals(sets[s], previous))
                    {
                        continue;
                    }

                    previous = sets[s];
                    if (sets[s].WeightKg is { } kg && !IsOnIncrement(kg))
                    {
                        plan.Add(Id, new Reason(ReasonKeys.FindingLoadRounding, exercises[e].Name, Of(session.Date), Of(kg), Of(IncrementKg)), session);
                        break;
                    }
                }
            }
        }
    }
}
