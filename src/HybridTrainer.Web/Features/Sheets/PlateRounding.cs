using HybridTrainer.Data.Athletes;
using HybridTrainer.Web.Common;

namespace HybridTrainer.Web.Features.Sheets;

/// <summary>
/// A printed load is one the athlete can put on the bar: the nearest multiple of the gym's smallest plate pair
/// (2.5 kg when the athlete has no gym), ties up as in R21. An athlete who reads pounds loads pound plates, so their
/// step is the pound pair nearest to the gym's kg pair, never under 2.5 lb: 2.5 kg → 5 lb, 1.25 kg → 2.5 lb, 5 kg → 10 lb.
/// </summary>
public static class PlateRounding
{
    public const decimal DefaultPairKg = 2.5m;

    private const decimal SmallestPoundStep = 2.5m;

    /// <summary>The loading step in the athlete's unit (kg or lb).</summary>
    public static decimal Step(UnitSystem units, decimal? gymPairKg)
    {
        var pairKg = gymPairKg is > 0 ? gymPairKg.Value : DefaultPairKg;
        if (units != UnitSystem.Imperial)
        {
            return pairKg;
        }

        var pounds = UnitConversion.FromKg(pairKg, UnitSystem.Imperial);
        return Math.Max(SmallestPoundStep, Math.Round(pounds / SmallestPoundStep, MidpointRounding.AwayFromZero) * SmallestPoundStep);
    }

    /// <summary>A stored load (kg) as the athlete reads it on the sheet, on the plate grid.</summary>
    public static decimal Load(decimal kg, UnitSystem units, decimal? gymPairKg)
    {
        var step = Step(units, gymPairKg);
        var value = UnitConversion.FromKg(kg, units);
        return Trim(Math.Round(value / step, MidpointRounding.AwayFromZero) * step);
    }

    private static decimal Trim(decimal value) => value / 1.000000000000000000000000000000000m;
}
