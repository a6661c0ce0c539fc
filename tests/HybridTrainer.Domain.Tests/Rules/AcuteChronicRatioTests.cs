using HybridTrainer.Domain.Rules;

namespace HybridTrainer.Domain.Tests.Rules;

public class AcuteChronicRatioTests
{
    [Theory]
    [InlineData(2000, 2100, 2000, 2200, 1.060)]
    [InlineData(1500, 1500, 1600, 2600, 1.444)]
    [InlineData(1000, 1000, 1000, 2500, 1.818)]
    [InlineData(1800, 1800, 1800, 1200, 0.727)]
    [InlineData(2000, 2000, 2000, 2000, 1.000)]
    public void Ratio_TableC6_CoupledForm(int w1, int w2, int w3, int current, double expected) =>
        R17AcuteChronicRatio.Ratio(w1 + w2 + w3, current).ShouldBe(expected, 0.0005);

    [Theory]
    [InlineData(1.3, 2744)]
    [InlineData(1.5, 3420)]
    [InlineData(0.8, 1425)]
    public void MaxNextWeekLoad_ThreeWeeksOf5700_MatchesC6(double limit, int expected) =>
        Math.Floor(R17AcuteChronicRatio.MaxNextWeekLoad(5700, limit)).ShouldBe(expected);
}
