using HybridTrainer.Data.Athletes;
using HybridTrainer.Web.Common;

namespace HybridTrainer.Web.Features.Profile;

/// <summary>
/// The profile as the steps edit it, in the athlete's units, with the stored row's <see cref="Version"/>
/// so a save over someone else's newer change is refused instead of overwriting it.
/// </summary>
public sealed class ProfileDraft
{
    public uint Version { get; set; }

    public BodyStepInput Body { get; init; } = new();

    public RunningStepInput Running { get; init; } = new();

    public LiftsStepInput Lifts { get; init; } = new();

    public ScheduleStepInput Schedule { get; init; } = new();

    public ShoesStepInput Shoes { get; init; } = new();

    public UnitSystem Units => Body.Units;

    /// <summary>Switches units and converts every number already typed, so nothing has to be typed again.</summary>
    public void ChangeUnits(UnitSystem units)
    {
        var from = Body.Units;
        if (from == units)
        {
            return;
        }

        Body.BodyWeight = Convert(Body.BodyWeight, w => UnitConversion.BodyWeightForDisplay(UnitConversion.ToKg(w, from), units));
        foreach (var lift in Lifts.Lifts)
        {
            lift.OneRepMax = Convert(lift.OneRepMax, w => UnitConversion.LoadForDisplay(UnitConversion.ToKg(w, from), units));
            lift.Weight = Convert(lift.Weight, w => UnitConversion.LoadForDisplay(UnitConversion.ToKg(w, from), units));
        }

        foreach (var shoe in Shoes.Shoes)
        {
            shoe.Distance = Convert(shoe.Distance, d => UnitConversion.DistanceForDisplay(UnitConversion.ToKm(d, from), units));
        }

        Body.Units = Lifts.Units = Shoes.Units = units;
    }

    // A number far past any body weight, load or distance cannot be converted without overflowing, and a negative one
    // would round towards a valid 0 (-0.01 mi is 0.0 km): either stays as typed and the step's validator says what
    // range it expects.
    private static decimal? Convert(decimal? value, Func<decimal, decimal> convert) =>
        value is { } v ? (v is >= 0 and <= LargestConvertible ? convert(v) : v) : null;

    private const decimal LargestConvertible = 1e20m;
}
