using FluentValidation;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Domain.Athletes;
using HybridTrainer.Web.Features.Profile;
using HybridTrainer.Web.Infrastructure.Validation;
using HybridTrainer.Web.Common;

namespace HybridTrainer.Web.Features.Shoes;

/// <summary>A new pair, its distance in the athlete's own unit (km or mi).</summary>
public sealed class AddShoeInput
{
    public UnitSystem Units { get; set; } = UnitSystem.Metric;

    public string Name { get; set; } = "";

    public ShoeKind Kind { get; set; } = ShoeKind.Cushioned;

    /// <summary>Distance the pair has already run, in km or mi.</summary>
    public decimal? Distance { get; set; } = 0m;
}

public sealed class AddShoeInputValidator : AbstractValidator<AddShoeInput>
{
    public AddShoeInputValidator()
    {
        RuleFor(x => x.Name).Cascade(CascadeMode.Stop)
            .Must(name => !string.IsNullOrWhiteSpace(name)).WithMessage("Name the pair, for example \"Daily trainer\".")
            .MaximumLength(80).WithMessage("Keep the name under 80 characters.")
            .PlainText();
        RuleFor(x => x.Kind).IsInEnum().WithMessage("Choose cushioned or minimalist.");
        RuleFor(x => x.Distance).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(x => $"Enter the {UnitConversion.DistanceUnit(x.Units)} already run (0 for a new pair).")
            .Must((x, d) => UnitConversion.IsKmWithin(d!.Value, x.Units, 0m, ShoesStepInputValidator.MaximumKm))
            .WithMessage(x => $"Enter 0 to {Math.Floor(UnitConversion.FromKm(ShoesStepInputValidator.MaximumKm, x.Units)):0} {UnitConversion.DistanceUnit(x.Units)}.");
    }
}
