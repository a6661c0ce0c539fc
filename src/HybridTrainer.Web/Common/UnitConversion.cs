using HybridTrainer.Data.Athletes;

namespace HybridTrainer.Web.Common;

/// <summary>
/// Between what the athlete reads (kg or lb, km or mi) and what is stored (always kg and km).
/// Display precision is chosen so a value typed at that precision comes back unchanged after storage rounding.
/// </summary>
public static class UnitConversion
{
    public const decimal KgPerPound = 0.45359237m;

    public const decimal KmPerMile = 1.609344m;

    public static string WeightUnit(UnitSystem units) => units == UnitSystem.Imperial ? "lb" : "kg";

    public static string DistanceUnit(UnitSystem units) => units == UnitSystem.Imperial ? "mi" : "km";

    public static decimal ToKg(decimal value, UnitSystem units) => units == UnitSystem.Imperial ? value * KgPerPound : value;

    public static decimal FromKg(decimal kg, UnitSystem units) => units == UnitSystem.Imperial ? kg / KgPerPound : kg;

    public static decimal ToKm(decimal value, UnitSystem units) => units == UnitSystem.Imperial ? value * KmPerMile : value;

    public static decimal FromKm(decimal km, UnitSystem units) => units == UnitSystem.Imperial ? km / KmPerMile : km;

    /// <summary>Whether a typed distance lies in a km range; a number too large to convert is simply out of range.</summary>
    public static bool IsKmWithin(decimal value, UnitSystem units, decimal minKm, decimal maxKm) =>
        Math.Abs(value) <= decimal.MaxValue / KmPerMile && ToKm(value, units) is var km && km >= minKm && km <= maxKm;

    /// <summary>Body weight is stored to 0.1 kg; pounds are shown whole, since 0.1 kg is finer than 1 lb.</summary>
    public static decimal BodyWeightForDisplay(decimal kg, UnitSystem units) =>
        Trim(units == UnitSystem.Imperial ? Math.Round(FromKg(kg, units), 0, MidpointRounding.AwayFromZero) : Math.Round(kg, 1));

    public static decimal BodyWeightForStorage(decimal value, UnitSystem units) =>
        Math.Round(ToKg(value, units), 1, MidpointRounding.AwayFromZero);

    /// <summary>Lift loads are stored to 0.01 kg and shown to 0.1 in either unit.</summary>
    public static decimal LoadForDisplay(decimal kg, UnitSystem units) => Trim(Math.Round(FromKg(kg, units), 1, MidpointRounding.AwayFromZero));

    public static decimal LoadForStorage(decimal value, UnitSystem units) => Math.Round(ToKg(value, units), 2, MidpointRounding.AwayFromZero);

    /// <summary>Shoe distances are stored to 0.1 km and shown to 0.1 in either unit.</summary>
    public static decimal DistanceForDisplay(decimal km, UnitSystem units) => Trim(Math.Round(FromKm(km, units), 1, MidpointRounding.AwayFromZero));

    public static decimal DistanceForStorage(decimal value, UnitSystem units) => Math.Round(ToKm(value, units), 1, MidpointRounding.AwayFromZero);

    /// <summary>"30–300 kg" or "67–661 lb": the whole range written inside the kg bounds, for messages.</summary>
    public static string WeightRange(decimal minKg, decimal maxKg, UnitSystem units, int decimals)
    {
        var factor = (decimal)Math.Pow(10, decimals);
        var low = Math.Ceiling(FromKg(minKg, units) * factor) / factor;
        var high = Math.Floor(FromKg(maxKg, units) * factor) / factor;
        return $"{low:0.#}–{high:0.#} {WeightUnit(units)}";
    }

    // Stored decimals keep their column's scale (180.0); the athlete typed 180, so show 180.
    private static decimal Trim(decimal value) => value / 1.000000000000000000000000000000000m;
}
