using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Rules;

/// <summary>
/// C4 Heart-rate zones, the fallback when there is no pace: Tanaka HRmax = 208 − 0.7 × age and Karvonen
/// HR = HRrest + p × (HRmax − HRrest). Easy-run bands are in <see cref="R15EasyRunPrescription"/>.
/// </summary>
public static class HeartRateFormulas
{
    public static double TanakaMax(int age) => 208 - (0.7 * age);

    public static double Karvonen(int restingBpm, double maxBpm, double fractionOfReserve) =>
        restingBpm + (fractionOfReserve * (maxBpm - restingBpm));

    public static int Bpm(double value) => (int)Math.Round(value, MidpointRounding.AwayFromZero);

    /// <summary>Recovery and steady bands; null without a birth year (runs then go by RPE alone).</summary>
    public static HeartRateZones? ZonesFor(int? birthYear, int? restingBpm, DateOnly startDate)
    {
        if (birthYear is not { } year)
        {
            return null;
        }

        var max = TanakaMax(startDate.Year - year);
        return restingBpm is { } rest
            ? new HeartRateZones(max, rest, Reserve(rest, max, R15EasyRunPrescription.RecoveryLowReserve, R15EasyRunPrescription.RecoveryHighReserve), Reserve(rest, max, R15EasyRunPrescription.SteadyLowReserve, R15EasyRunPrescription.SteadyHighReserve))
            : new HeartRateZones(max, null, OfMax(max, R15EasyRunPrescription.RecoveryLowMax, R15EasyRunPrescription.RecoveryHighMax), OfMax(max, R15EasyRunPrescription.SteadyLowMax, R15EasyRunPrescription.SteadyHighMax));
    }

    private static HeartRateRange Reserve(int rest, double max, double low, double high) =>
        new(Bpm(Karvonen(rest, max, low)), Bpm(Karvonen(rest, max, high)));

    private static HeartRateRange OfMax(double max, double low, double high) => new(Bpm(max * low), Bpm(max * high));
}
