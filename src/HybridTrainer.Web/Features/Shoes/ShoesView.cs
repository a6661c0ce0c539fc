using HybridTrainer.Data.Athletes;
using HybridTrainer.Domain.Athletes;
using HybridTrainer.Domain.Rules;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Web.Features.Shoes;

/// <summary>The athlete's pairs with their distance, and the pair each upcoming run is planned in (R28).</summary>
public sealed record ShoesView(UnitSystem Units, IReadOnlyList<ShoeRow> Shoes, IReadOnlyList<RotationRun> Rotation);

/// <summary>
/// One pair. <see cref="StartingKm"/> is what it had run when it was added; <see cref="LoggedKm"/> comes from the
/// completed runs logged in it.
/// </summary>
public sealed record ShoeRow(Guid Id, string Name, ShoeKind Kind, decimal StartingKm, decimal LoggedKm, DateOnly? RetiredOn)
{
    public decimal TotalKm => StartingKm + LoggedKm;

    public ShoeWear Wear => RetiredOn is not null ? ShoeWear.Retired
        : TotalKm >= (decimal)R29ShoeRetirement.RetireKm ? ShoeWear.Retire
        : TotalKm >= (decimal)R29ShoeRetirement.FlagKm ? ShoeWear.Worn
        : ShoeWear.Fine;
}

/// <summary>R29: flag a pair at 500 km, retire it at 800 km.</summary>
public enum ShoeWear
{
    Fine,
    Worn,
    Retire,
    Retired,
}

/// <summary>An upcoming, unlogged run and the pair the plan put it in (null: no pair assigned).</summary>
public sealed record RotationRun(Guid SessionId, DateOnly Date, RunType? RunType, int Minutes, Guid? ShoeId, string? ShoeName, bool ShoeRetired);

/// <summary>The pair just added or retired, by its name.</summary>
public sealed record ShoeChanged(string Name);
