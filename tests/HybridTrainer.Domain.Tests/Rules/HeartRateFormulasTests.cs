using HybridTrainer.Domain.Rules;

namespace HybridTrainer.Domain.Tests.Rules;

public class HeartRateFormulasTests
{
    private static readonly double[] _reserveFractions = [0.5, 0.6, 0.7, 0.8, 0.9];

    [Theory]
    [InlineData(30, 60, 187.0, 124, 136, 149, 162, 174, 112, 148)]
    [InlineData(24, 58, 191.2, 125, 138, 151, 165, 178, 115, 151)]
    [InlineData(38, 52, 181.4, 117, 130, 143, 156, 168, 109, 143)]
    public void Karvonen_TableC4_MatchesEveryColumn(int age, int rest, double max, int p50, int p60, int p70, int p80, int p90, int eLow, int eHigh)
    {
        var hrMax = HeartRateFormulas.TanakaMax(age);
        int[] reserve = [.. _reserveFractions.Select(p => HeartRateFormulas.Bpm(HeartRateFormulas.Karvonen(rest, hrMax, p)))];

        hrMax.ShouldBe(max, 1e-9);
        reserve.ShouldBe([p50, p60, p70, p80, p90]);
        HeartRateFormulas.Bpm(0.60 * hrMax).ShouldBe(eLow);
        HeartRateFormulas.Bpm(0.79 * hrMax).ShouldBe(eHigh);
    }

    [Fact]
    public void Karvonen_AtpZoneExample_Is148Point9() =>
        HeartRateFormulas.Karvonen(60, HeartRateFormulas.TanakaMax(30), 0.70).ShouldBe(148.9, 1e-9);

    [Fact]
    public void ZonesFor_NoBirthYear_IsNull() =>
        HeartRateFormulas.ZonesFor(null, 60, new DateOnly(2026, 1, 1)).ShouldBeNull();

    [Fact]
    public void ZonesFor_NoRestingHeartRate_UsesPercentOfMax()
    {
        var zones = HeartRateFormulas.ZonesFor(1996, null, new DateOnly(2026, 1, 1))!;

        zones.Recovery.ShouldBe(new(112, 131));
        zones.Steady.ShouldBe(new(131, 148));
    }
}
