using CsCheck;
using HybridTrainer.Domain.Rules;

namespace HybridTrainer.Domain.Tests.Rules;

/// <summary>The fast load arithmetic agrees with plain decimal r25 everywhere, ties included.</summary>
public class LoadRoundingPropertyTests
{
    private static decimal Reference(int percent, decimal trainingMax) =>
        Math.Round(percent * trainingMax / 100m / 2.5m, MidpointRounding.AwayFromZero) * 2.5m;

    [Fact]
    public void LoadFor_AnyEpleyTrainingMax_EqualsDecimalReference() =>
        Gen.Select(Gen.Int[40, 1200], Gen.Int[1, 10], Gen.Int[30, 100]).Sample((halfKg, reps, percent) =>
        {
            var trainingMax = R19TrainingMax.TrainingMax(R19TrainingMax.EstimateOneRepMax(halfKg / 2m, reps));
            R21LoadRounding.LoadFor(percent, trainingMax).ShouldBe(Reference(percent, trainingMax));
        }, iter: 20_000);

    [Fact]
    public void LoadFor_ExactTies_RoundUp() =>
        Gen.Int[1, 400].Sample(steps =>
        {
            var trainingMax = (steps + 0.5m) * 2.5m;
            R21LoadRounding.LoadFor(100, trainingMax).ShouldBe((steps + 1) * 2.5m);
        });

    [Fact]
    public void IsOnIncrement_AnyLoad_EqualsDecimalRemainder() =>
        Gen.Select(Gen.Int[0, 400_000], Gen.Int[0, 3]).Sample((units, scale) =>
        {
            var kg = new decimal(units, 0, 0, false, (byte)scale);
            R21LoadRounding.IsOnIncrement(kg).ShouldBe(kg % 2.5m == 0);
        }, iter: 20_000);
}
