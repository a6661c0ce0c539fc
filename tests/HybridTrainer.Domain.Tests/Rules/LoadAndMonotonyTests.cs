using HybridTrainer.Domain.Rules;

namespace HybridTrainer.Domain.Tests.Rules;

public class LoadAndMonotonyTests
{
    [Theory]
    [InlineData(7, 60, 420)]
    [InlineData(7, 75, 525)]
    public void SessionLoad_RpeTimesMinutes(int rpe, int minutes, int expected) =>
        R18LoadAndMonotony.SessionLoad(rpe, minutes).ShouldBe(expected);

    [Fact]
    public void Monotony_WorkedWeekC5_UsesPopulationSd()
    {
        int[] week = [420, 330, 360, 180, 420, 60, 0];

        R18LoadAndMonotony.Monotony(week).ShouldBe(1.58, 0.005);
        R18LoadAndMonotony.Strain(week).ShouldBe(2793, 1);
    }

    [Fact]
    public void Monotony_SevenIdenticalRuns_IsInfinite() =>
        R18LoadAndMonotony.Monotony([160, 160, 160, 160, 160, 160, 160]).ShouldBe(double.PositiveInfinity);

    [Fact]
    public void Monotony_SixEqualDaysAndARestDay_IsOverTheLimit()
    {
        var monotony = R18LoadAndMonotony.Monotony([300, 300, 300, 300, 300, 300, 0]);

        monotony.ShouldBe(2.45, 0.005);
        monotony.ShouldBeGreaterThan(R18LoadAndMonotony.MaxMonotony);
    }
}
