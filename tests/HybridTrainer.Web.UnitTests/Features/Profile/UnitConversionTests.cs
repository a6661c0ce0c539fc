using System.Globalization;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Domain.Athletes;
using HybridTrainer.Web.Features.Profile;
using HybridTrainer.Web.Common;

namespace HybridTrainer.Web.UnitTests.Features.Profile;

public class UnitConversionTests
{
    [Theory]
    [InlineData(1, 0.45359237)]
    [InlineData(225, 102.05828325)]
    public void ToKg_Pounds_MultipliesByTheInternationalPound(decimal pounds, decimal kg) =>
        UnitConversion.ToKg(pounds, UnitSystem.Imperial).ShouldBe(kg);

    [Fact]
    public void ToKm_Miles_MultipliesByTheInternationalMile() =>
        UnitConversion.ToKm(26.2m, UnitSystem.Imperial).ShouldBe(42.1648128m);

    [Fact]
    public void Metric_IsStoredAsTyped()
    {
        UnitConversion.ToKg(72.5m, UnitSystem.Metric).ShouldBe(72.5m);
        UnitConversion.ToKm(12.3m, UnitSystem.Metric).ShouldBe(12.3m);
    }

    [Theory]
    [InlineData(180, 81.6)]
    [InlineData(150, 68.0)]
    public void BodyWeightForStorage_Pounds_RoundsToTheStoredTenthOfAKilo(decimal pounds, decimal kg) =>
        UnitConversion.BodyWeightForStorage(pounds, UnitSystem.Imperial).ShouldBe(kg);

    [Fact]
    public void BodyWeight_EveryWholePoundInRange_ComesBackUnchangedAfterStorage()
    {
        for (var pounds = 67m; pounds <= 661m; pounds++)
        {
            var stored = UnitConversion.BodyWeightForStorage(pounds, UnitSystem.Imperial);
            UnitConversion.BodyWeightForDisplay(stored, UnitSystem.Imperial).ShouldBe(pounds);
        }
    }

    [Fact]
    public void Load_EveryTenthOfAPoundUpTo1100_ComesBackUnchangedAfterStorage()
    {
        for (var pounds = 2.3m; pounds <= 1100m; pounds += 0.1m)
        {
            var stored = UnitConversion.LoadForStorage(pounds, UnitSystem.Imperial);
            UnitConversion.LoadForDisplay(stored, UnitSystem.Imperial).ShouldBe(pounds);
        }
    }

    [Fact]
    public void Distance_EveryTenthOfAMileUpTo2000_ComesBackUnchangedAfterStorage()
    {
        for (var miles = 0m; miles <= 2000m; miles += 0.1m)
        {
            var stored = UnitConversion.DistanceForStorage(miles, UnitSystem.Imperial);
            UnitConversion.DistanceForDisplay(stored, UnitSystem.Imperial).ShouldBe(miles);
        }
    }

    [Theory]
    [InlineData("180.0", "180")]
    [InlineData("72.50", "72.5")]
    public void BodyWeightForDisplay_StoredScale_ShowsNoTrailingZeros(string stored, string shown) =>
        UnitConversion.BodyWeightForDisplay(decimal.Parse(stored, CultureInfo.InvariantCulture), UnitSystem.Metric)
            .ToString(CultureInfo.InvariantCulture).ShouldBe(shown);

    [Fact]
    public void WeightRange_Pounds_StaysInsideTheKiloBounds() =>
        UnitConversion.WeightRange(30m, 300m, UnitSystem.Imperial, 0).ShouldBe("67–661 lb");

    [Fact]
    public void ChangeUnits_ToImperialAndBack_ConvertsEveryNumberAlreadyTyped()
    {
        var draft = new ProfileDraft
        {
            Body = { BodyWeight = 80m },
            Lifts = { Lifts = [.. LiftsScheduleShoesValidatorTests.ValidLifts().Lifts] },
            Shoes = { Shoes = [new ShoeInput { Name = "Daily", Kind = ShoeKind.Cushioned, Distance = 100m }] },
        };

        draft.ChangeUnits(UnitSystem.Imperial);

        (draft.Body.Units, draft.Lifts.Units, draft.Shoes.Units).ShouldBe((UnitSystem.Imperial, UnitSystem.Imperial, UnitSystem.Imperial));
        draft.Body.BodyWeight.ShouldBe(176m);
        draft.Lifts.Lifts[0].OneRepMax.ShouldBe(308.6m);
        draft.Lifts.Lifts[1].Weight.ShouldBe(176.4m);
        draft.Lifts.Lifts[1].Reps.ShouldBe(5);
        draft.Shoes.Shoes[0].Distance.ShouldBe(62.1m);

        draft.ChangeUnits(UnitSystem.Metric);

        draft.Body.BodyWeight.ShouldBe(79.8m);
        draft.Lifts.Lifts[0].OneRepMax.ShouldBe(140m);
        draft.Shoes.Shoes[0].Distance.ShouldBe(99.9m);
    }
}
