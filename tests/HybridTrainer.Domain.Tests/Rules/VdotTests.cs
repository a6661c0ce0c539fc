using HybridTrainer.Domain.Rules;

namespace HybridTrainer.Domain.Tests.Rules;

public class VdotTests
{
    [Theory]
    [InlineData(5000, 1200, 49.81)]
    [InlineData(5000, 1500, 38.31)]
    [InlineData(10000, 2400, 51.94)]
    [InlineData(5000, 1474, 39.11)]
    [InlineData(21097.5, 6300, 42.64)]
    public void FromRace_WorkedExamplesC3_MatchToTwoDecimals(double meters, int seconds, double expected) =>
        Vdot.FromRace(meters, TimeSpan.FromSeconds(seconds)).ShouldBe(expected, 0.006);

    [Theory]
    [InlineData(30, 5000, "30:41")]
    [InlineData(38, 5000, "25:10")]
    [InlineData(39, 5000, "24:38")]
    [InlineData(40, 5000, "24:06")]
    [InlineData(50, 5000, "19:56")]
    [InlineData(40, 10000, "50:01")]
    [InlineData(50, 10000, "41:20")]
    [InlineData(50, 21097.5, "1:31:31")]
    [InlineData(50, 42195, "3:10:40")]
    [InlineData(40, 42195, "3:49:37")]
    public void PredictRaceTime_TableC3_WithinOneSecond(double vdot, double meters, string expected)
    {
        var parts = expected.Split(':').Select(int.Parse).Reverse().ToArray();
        var seconds = parts[0] + (parts[1] * 60) + (parts.Length > 2 ? parts[2] * 3600 : 0);

        Vdot.PredictRaceTime(vdot, meters).TotalSeconds.ShouldBe(seconds, 1.0);
    }

    [Fact]
    public void FromRace_ZeroTime_IsRejected() =>
        Should.Throw<ArgumentOutOfRangeException>(() => Vdot.FromRace(5000, TimeSpan.Zero));
}
