using FluentValidation;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Domain.Athletes;
using HybridTrainer.Web.Infrastructure.Validation;
using HybridTrainer.Web.Common;

namespace HybridTrainer.Web.Features.Profile;

/// <summary>One pair of running shoes; <see cref="Id"/> is kept so plans that use the pair keep pointing at it.</summary>
public sealed class ShoeInput
{
    public Guid? Id { get; set; }

    public string Name { get; set; } = "";

    public ShoeKind Kind { get; set; } = ShoeKind.Cushioned;

    /// <summary>Distance already run, in km or mi.</summary>
    public decimal? Distance { get; set; } = 0m;
}

/// <summary>Step 5: the pairs the plan rotates (R28); none is fine.</summary>
public sealed class ShoesStepInput
{
    public UnitSystem Units { get; set; } = UnitSystem.Metric;

    public List<ShoeInput> Shoes { get; set; } = [];
}

public sealed class ShoesStepInputValidator : AbstractValidator<ShoesStepInput>
{
    public const int MaximumPairs = 12;
    public const decimal MaximumKm = 5000m;

    public ShoesStepInputValidator()
    {
        RuleFor(x => x.Shoes.Count).LessThanOrEqualTo(MaximumPairs).WithMessage($"Keep to {MaximumPairs} pairs or fewer.")
            .OverridePropertyName(nameof(ShoesStepInput.Shoes));
        RuleForEach(x => x.Shoes).SetValidator(input => new ShoeInputValidator(input.Units));
    }

    private sealed class ShoeInputValidator : AbstractValidator<ShoeInput>
    {
        public ShoeInputValidator(UnitSystem units)
        {
            var unit = UnitConversion.DistanceUnit(units);
            var maximum = Math.Floor(UnitConversion.FromKm(MaximumKm, units));
            RuleFor(x => x.Name).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Name the pair, for example \"Daily trainer\".")
                .MaximumLength(80).WithMessage("Keep the name under 80 characters.")
                .PlainText();
            RuleFor(x => x.Kind).IsInEnum().WithMessage("Choose cushioned or minimalist.");
            RuleFor(x => x.Distance).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage($"Enter the {unit} already run (0 for a new pair).")
                .Must(d => UnitConversion.IsKmWithin(d!.Value, units, 0m, MaximumKm))
                .WithMessage($"Enter 0 to {maximum:0} {unit}.");
        }
    }
}
