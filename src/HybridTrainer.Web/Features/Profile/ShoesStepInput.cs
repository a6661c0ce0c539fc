using System.Globalization;
using FluentValidation;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Domain.Athletes;
using HybridTrainer.Web.Infrastructure.Validation;
using HybridTrainer.Web.Common;
using Microsoft.Extensions.Localization;

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

    public ShoesStepInputValidator(IStringLocalizer<ProfileText> text)
    {
        RuleFor(x => x.Shoes.Count).LessThanOrEqualTo(MaximumPairs).WithMessage(_ => text["PairsMaximum", MaximumPairs])
            .OverridePropertyName(nameof(ShoesStepInput.Shoes));
        RuleForEach(x => x.Shoes).SetValidator(input => new ShoeInputValidator(input.Units, text));
    }

    private sealed class ShoeInputValidator : AbstractValidator<ShoeInput>
    {
        public ShoeInputValidator(UnitSystem units, IStringLocalizer<ProfileText> text)
        {
            var unit = UnitConversion.DistanceUnit(units);
            var maximum = Math.Floor(UnitConversion.FromKm(MaximumKm, units));
            RuleFor(x => x.Name).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage(_ => text["ShoeNameRequired"])
                .MaximumLength(80).WithMessage(_ => text["ShoeNameTooLong"])
                .PlainText();
            RuleFor(x => x.Kind).IsInEnum().WithMessage(_ => text["ShoeKindInvalid"]);
            RuleFor(x => x.Distance).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(_ => text["ShoeDistanceRequired", unit])
                .Must(d => UnitConversion.IsKmWithin(d!.Value, units, 0m, MaximumKm))
                .WithMessage(_ => text["ShoeDistanceRange", maximum.ToString("0", CultureInfo.CurrentCulture), unit]);
        }
    }
}
