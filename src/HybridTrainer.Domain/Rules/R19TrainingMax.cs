namespace HybridTrainer.Domain.Rules;

/// <summary>
/// R19 Training max: "TM = 0.90 × 1RM, not rounded. If no tested 1RM exists, use Epley w × (1 + r/30) from a set of
/// r ≤ 10 reps" (C1: r = 1 gives w itself; more than 10 reps is rejected).
/// </summary>
public static class R19TrainingMax
{
    public const string Id = "R19";

    public const decimal TrainingMaxFraction = 0.90m;

    public const int MaxRepsForEstimate = 10;

    /// <exception cref="ArgumentOutOfRangeException">Reps outside 1–10.</exception>
    public static decimal EstimateOneRepMax(decimal weightKg, int reps)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(reps, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(reps, MaxRepsForEstimate);
        return reps == 1 ? weightKg : weightKg * (30 + reps) / 30;
    }

    public static decimal TrainingMax(decimal oneRepMaxKg) => TrainingMaxFraction * oneRepMaxKg;

    /// <summary>
    /// The training max of a strength test, exact: 0.90 × w × (30 + r) / 30 is w × (30 + r) × 0.03, so a rep test never
    /// passes through a rounded 1RM (62.5 kg × 10 gives 75 kg, not 74.999…).
    /// </summary>
    public static decimal TrainingMax(Athletes.LiftMax test)
    {
        ArgumentNullException.ThrowIfNull(test);
        return test.Reps == 1 ? TrainingMax(test.WeightKg) : test.WeightKg * (30 + test.Reps) * (TrainingMaxFraction / 30);
    }
}
