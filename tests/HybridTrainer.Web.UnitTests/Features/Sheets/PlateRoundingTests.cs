using HybridTrainer.Data.Athletes;
using HybridTrainer.Web.Features.Sheets;

namespace HybridTrainer.Web.UnitTests.Features.Sheets;

public class PlateRoundingTests
{
    [Theory]
    [InlineData(101.2, null, 100)]
    [InlineData(101.25, null, 102.5)]
    [InlineData(103.9, "2.5", 105)]
    [InlineData(101.2, "1.25", 101.25)]
    [InlineData(101.2, "5", 100)]
    [InlineData(102.5, "5", 105)]
    [InlineData(101.2, "0", 100)]
    public void Load_Kilograms_RoundsToTheGymsPlatePairTiesUp(decimal kg, string? pairKg, decimal expected) =>
        PlateRounding.Load(kg, UnitSystem.Metric, Pair(pairKg)).ShouldBe(expected);

    [Theory]
    [InlineData(null, 5)]
    [InlineData("2.5", 5)]
    [InlineData("1.25", 2.5)]
    [InlineData("5", 10)]
    [InlineData("0.5", 2.5)]
    public void Step_Pounds_IsThePoundPairNearestTheGymsKiloPair(string? pairKg, decimal expected) =>
        PlateRounding.Step(UnitSystem.Imperial, Pair(pairKg)).ShouldBe(expected);

    [Theory]
    [InlineData(100, 220)]    // 220.46 lb
    [InlineData(102.5, 225)]  // 225.97 lb
    [InlineData(60, 130)]     // 132.28 lb: nearer 130 than 135
    [InlineData(61.25, 135)]  // 135.03 lb
    public void Load_Pounds_ConvertsThenRoundsToFivePounds(decimal kg, decimal expected) =>
        PlateRounding.Load(kg, UnitSystem.Imperial, null).ShouldBe(expected);

    [Fact]
    public void Load_PoundsWithMicroPlates_RoundsToTwoAndAHalfPounds() =>
        PlateRounding.Load(60m, UnitSystem.Imperial, 1.25m).ShouldBe(132.5m);

    [Fact]
    public void Load_PrintsWithoutTrailingZeros() =>
        PlateRounding.Load(100.00m, UnitSystem.Metric, 2.50m).ToString(System.Globalization.CultureInfo.InvariantCulture).ShouldBe("100");

    // InlineData cannot hold decimals; the gym's pair comes as text, null for an athlete without a gym.
    private static decimal? Pair(string? kg) => kg is null ? null : decimal.Parse(kg, System.Globalization.CultureInfo.InvariantCulture);
}
