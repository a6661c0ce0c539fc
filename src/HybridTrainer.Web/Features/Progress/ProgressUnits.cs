using HybridTrainer.Data.Athletes;
using HybridTrainer.Domain.Progress;
using HybridTrainer.Web.Common;

namespace HybridTrainer.Web.Features.Progress;

/// <summary>
/// The progress figures in the athlete's own units: kg → lb, km → mi, cm → in, seconds per km → seconds per mile.
/// Metric figures pass through untouched; converted ones are rounded as the rest of the app shows them (loads to
/// 0.1 lb, a weigh-in to the whole pound it was typed in, girths to 0.1 in, paces to the second).
/// </summary>
public sealed record ProgressUnits(UnitSystem System)
{
    private bool Imperial => System == UnitSystem.Imperial;

    public string Weight => UnitConversion.WeightUnit(System);

    public string Distance => UnitConversion.DistanceUnit(System);

    public string Length => Imperial ? "in" : "cm";

    public string Pace => Imperial ? "min/mi" : "min/km";

    /// <summary>A computed load (1RM estimate, training max, a set's load).</summary>
    public decimal Load(decimal kg) => Imperial ? UnitConversion.LoadForDisplay(kg, System) : kg;

    /// <summary>A weigh-in as typed: whole pounds, since the 0.1 kg stored is finer than a pound.</summary>
    public decimal BodyWeight(decimal kg) => Imperial ? UnitConversion.BodyWeightForDisplay(kg, System) : kg;

    /// <summary>Distances to 0.01 mi, the precision a logged distance is stored at.</summary>
    public decimal Kilometres(decimal km) => Imperial ? Math.Round(UnitConversion.FromKm(km, System), 2, MidpointRounding.AwayFromZero) : km;

    public decimal Centimetres(decimal cm) => Imperial ? Math.Round(cm / BodyLogInput.CmPerInch, 1, MidpointRounding.AwayFromZero) : cm;

    public decimal SecondsPerKm(decimal seconds) => Imperial ? Math.Round(seconds * UnitConversion.KmPerMile, 0, MidpointRounding.AwayFromZero) : seconds;

    public IReadOnlyList<DatedValue> Each(IEnumerable<DatedValue> points, Func<decimal, decimal> convert) =>
        [.. points.Select(p => new DatedValue(p.Date, convert(p.Value)))];
}
