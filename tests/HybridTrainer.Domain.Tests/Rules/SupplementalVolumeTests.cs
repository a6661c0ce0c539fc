using HybridTrainer.Domain.Rules;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Tests.Rules;

public class SupplementalVolumeTests
{
    [Theory]
    [InlineData(126, 1, 62.5)]
    [InlineData(126, 9, 75)]
    [InlineData(90, 1, 45)]
    [InlineData(90, 9, 55)]
    [InlineData(162, 1, 80)]
    [InlineData(162, 9, 97.5)]
    [InlineData(54, 1, 27.5)]
    [InlineData(54, 9, 32.5)]
    public void SupplementalFor_BoringButBig_FiftyPercentFirstCycleSixtyLater(int trainingMax, int programWeek, double expected)
    {
        var bbb = R23SupplementalVolume.SupplementalFor(MainLift.BenchPress, programWeek, 1, trainingMax);

        bbb.Sets.ShouldAllBe(s => s.WeightKg == (decimal)expected && s.Reps == 10);
        bbb.Sets.Count.ShouldBe(5);
    }

    [Theory]
    [InlineData(126, 82.5, 87.5, 95)]
    [InlineData(90, 57.5, 62.5, 67.5)]
    [InlineData(162, 105, 112.5, 122.5)]
    [InlineData(54, 35, 37.5, 40)]
    public void SupplementalFor_FirstSetLast_UsesFirstWorkingSetOfEachWeek(int trainingMax, double week1, double week2, double week3)
    {
        decimal[] expected = [(decimal)week1, (decimal)week2, (decimal)week3];
        for (var waveWeek = 1; waveWeek <= 3; waveWeek++)
        {
            var fsl = R23SupplementalVolume.SupplementalFor(MainLift.Squat, waveWeek, waveWeek, trainingMax);

            fsl.Sets.ShouldAllBe(s => s.WeightKg == expected[waveWeek - 1] && s.Reps == 5);
        }
    }

    [Fact]
    public void BoringButBigPercent_SecondCycle_IsFiftyFive() =>
        R23SupplementalVolume.BoringButBigPercent(5).ShouldBe(55);
}
