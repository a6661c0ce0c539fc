using HybridTrainer.Domain.Rules;

namespace HybridTrainer.Domain.Athletes;

/// <summary>
/// One main lift's strength test: a tested 1RM (<see cref="Reps"/> = 1) or a rep test of
/// <see cref="WeightKg"/> × <see cref="Reps"/>, turned into a 1RM with Epley (C1, R19).
/// </summary>
/// <exception cref="ArgumentOutOfRangeException">Weight ≤ 0, or reps outside 1–10 (Epley is not reliable above 10).</exception>
public sealed record LiftMax
{
    public LiftMax(decimal weightKg, int reps = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(weightKg);
        ArgumentOutOfRangeException.ThrowIfLessThan(reps, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(reps, R19TrainingMax.MaxRepsForEstimate);
        WeightKg = weightKg;
        Reps = reps;
    }

    public decimal WeightKg { get; }

    public int Reps { get; }

    /// <summary>Tested or Epley-estimated one-repetition maximum, never rounded.</summary>
    public decimal OneRepMaxKg => R19TrainingMax.EstimateOneRepMax(WeightKg, Reps);

    public static LiftMax Tested(decimal oneRepMaxKg) => new(oneRepMaxKg);

    public static LiftMax RepTest(decimal weightKg, int reps) => new(weightKg, reps);
}
