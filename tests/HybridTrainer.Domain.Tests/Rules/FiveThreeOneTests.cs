using HybridTrainer.Domain.Rules;

namespace HybridTrainer.Domain.Tests.Rules;

public class FiveThreeOneTests
{
    [Theory]
    [InlineData(140, 1, 82.5, 95, 107.5)]
    [InlineData(140, 2, 87.5, 100, 112.5)]
    [InlineData(140, 3, 95, 107.5, 120)]
    [InlineData(140, 4, 50, 62.5, 75)]
    [InlineData(100, 1, 57.5, 67.5, 77.5)]
    [InlineData(100, 2, 62.5, 72.5, 80)]
    [InlineData(100, 3, 67.5, 77.5, 85)]
    [InlineData(100, 4, 35, 45, 55)]
    [InlineData(180, 1, 105, 122.5, 137.5)]
    [InlineData(180, 2, 112.5, 130, 145)]
    [InlineData(180, 3, 122.5, 137.5, 155)]
    [InlineData(180, 4, 65, 80, 97.5)]
    [InlineData(60, 1, 35, 40, 45)]
    [InlineData(60, 2, 37.5, 42.5, 47.5)]
    [InlineData(60, 3, 40, 45, 52.5)]
    [InlineData(60, 4, 22.5, 27.5, 32.5)]
    [InlineData(80, 1, 47.5, 55, 60)]
    [InlineData(80, 2, 50, 57.5, 65)]
    [InlineData(80, 3, 55, 60, 67.5)]
    [InlineData(80, 4, 30, 35, 42.5)]
    public void MainSets_WorkedExampleC2_MatchesTable(int oneRepMax, int waveWeek, double first, double second, double third)
    {
        var sets = R20WeekPercentages.MainSets(waveWeek, R19TrainingMax.TrainingMax(oneRepMax));

        sets.Select(s => s.WeightKg).ShouldBe([(decimal)first, (decimal)second, (decimal)third]);
    }

    [Theory]
    [InlineData(140, 126)]
    [InlineData(100, 90)]
    [InlineData(180, 162)]
    [InlineData(60, 54)]
    public void TrainingMax_TestedMax_IsNinetyPercent(int oneRepMax, int expected) =>
        R19TrainingMax.TrainingMax(oneRepMax).ShouldBe(expected);

    [Fact]
    public void TrainingMax_FromEpleyEstimate_IsNotRounded() =>
        R19TrainingMax.TrainingMax(R19TrainingMax.EstimateOneRepMax(80, 8)).ShouldBe(91.2m);

    [Theory]
    [InlineData(23.75, 25)]
    [InlineData(23.74, 22.5)]
    [InlineData(94.5, 95)]
    [InlineData(107.1, 107.5)]
    [InlineData(119.7, 120)]
    public void Round_NearestTwoAndAHalf_TiesUp(double kg, double expected) =>
        R21LoadRounding.Round((decimal)kg).ShouldBe((decimal)expected);

    [Theory]
    [InlineData(1, 65, 75, 85, true)]
    [InlineData(4, 40, 50, 60, false)]
    public void MainSets_WaveWeek_HasPercentagesAndAmrapOnlyOnLastSetOfWeeksOneToThree(int waveWeek, int a, int b, int c, bool amrap)
    {
        var sets = R20WeekPercentages.MainSets(waveWeek, 100);

        sets.Select(s => s.PercentOfTrainingMax).ShouldBe([a, b, c]);
        sets.Select(s => s.Amrap).ShouldBe([false, false, amrap]);
    }

    [Fact]
    public void MainSets_WeekThree_IsFiveThreeOnePlus() =>
        R20WeekPercentages.MainSets(3, 100).Select(s => s.Reps).ShouldBe([5, 3, 1]);
}
