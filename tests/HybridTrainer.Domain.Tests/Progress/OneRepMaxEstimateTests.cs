using CsCheck;
using HybridTrainer.Domain.Progress;
using HybridTrainer.Domain.Rules;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Tests.Progress;

public class OneRepMaxEstimateTests
{
    private static LoggedSet Squat(decimal kg, int reps) => new(R04LiftSplit.SquatName, MainLift.Squat, reps, kg, false, reps);

    [Fact]
    public void BestOf_KnownSets_TakesTheBestEpleyOfSetsUpToTenReps()
    {
        // 100 × 5 → 116.67; 110 × 3 → 121; 80 × 12 is beyond 10 reps and left out; bench is another lift.
        LoggedSet[] sets = [Squat(100, 5), Squat(110, 3), Squat(80, 12), new(R04LiftSplit.BenchPressName, MainLift.BenchPress, 1, 200, false, 1)];

        OneRepMaxEstimate.BestOf(sets, MainLift.Squat).ShouldBe(121m);
    }

    [Fact]
    public void BestOf_OnlyHighRepOrBodyWeightSets_IsNull() =>
        OneRepMaxEstimate.BestOf([Squat(80, 12), Squat(0, 5)], MainLift.Squat).ShouldBeNull();

    [Fact]
    public void Series_TwoSessionsOneDay_KeepsTheBetterPoint()
    {
        var day = new DateOnly(2026, 11, 2);
        var series = OneRepMaxEstimate.Series([(day, [Squat(100, 1)]), (day, [Squat(90, 5)]), (day.AddDays(7), [Squat(105, 1)])], MainLift.Squat);

        series.ShouldBe([new DatedValue(day, 105m), new DatedValue(day.AddDays(7), 105m)]);
    }

    [Fact]
    public void Estimate_IsMonotoneInLoadAndReps() =>
        Gen.Select(Gen.Int[1, 800], Gen.Int[0, 200], Gen.Int[1, 10], Gen.Int[0, 9]).Sample((halfKg, moreHalfKg, reps, moreReps) =>
        {
            var heavier = (halfKg + moreHalfKg) / 2m;
            var more = Math.Min(reps + moreReps, 10);
            var estimate = R19TrainingMax.EstimateOneRepMax(halfKg / 2m, reps);
            R19TrainingMax.EstimateOneRepMax(heavier, reps).ShouldBeGreaterThanOrEqualTo(estimate);
            R19TrainingMax.EstimateOneRepMax(halfKg / 2m, more).ShouldBeGreaterThanOrEqualTo(estimate);
            estimate.ShouldBeGreaterThanOrEqualTo(halfKg / 2m);
        }, iter: 5_000);

    [Fact]
    public void BestOf_IsAtLeastEveryQualifyingSetsEstimate() =>
        Gen.Select(Gen.Int[1, 600], Gen.Int[1, 15]).Array[1, 12].Sample(pairs =>
        {
            var sets = pairs.Select(p => Squat(p.Item1 / 2m, p.Item2)).ToArray();
            var best = OneRepMaxEstimate.BestOf(sets, MainLift.Squat);
            foreach (var set in sets.Where(OneRepMaxEstimate.Qualifies))
            {
                best!.Value.ShouldBeGreaterThanOrEqualTo(R19TrainingMax.EstimateOneRepMax(set.WeightKg, set.Reps));
            }

            (best is null).ShouldBe(!sets.Any(OneRepMaxEstimate.Qualifies));
        });
}
