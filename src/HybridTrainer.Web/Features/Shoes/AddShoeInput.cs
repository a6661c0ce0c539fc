using System.Globalization;
using FluentValidation;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Domain.Athletes;
using HybridTrainer.Web.Features.Profile;
using HybridTrainer.Web.Infrastructure.Validation;
using HybridTrainer.Web.Common;
using Microsoft.Extensions.Localization;

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
    public AddShoeInputValidator(IStringLocalizer<ShoesText> text)
    {
        RuleFor(x => x.Name).Cascade(CascadeMode.Stop)
            .Must(name => !string.IsNullOrWhiteSpace(name)).WithMessage(_ => text["ShoeNameRequired"])
            .MaximumLength(80).WithMessage(_ => text["ShoeNameTooLong"])
            .PlainText();
        RuleFor(x => x.Kind).IsInEnum().WithMessage(_ => text["ShoeKindInvalid"]);
        RuleFor(x => x.Distance).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(x => text["ShoeDistanceRequired", UnitConversion.DistanceUnit(x.Units)])
            .Must((x, d) => UnitConversion.IsKmWithin(d!.Value, x.Units, 0m, ShoesStepInputValidator.MaximumKm))
            .WithMessage(x => text["ShoeDistanceRange", Math.Floor(UnitConversion.FromKm(ShoesStepInputValidator.MaximumKm, x.Units)).ToString("0", CultureInfo.CurrentCulture), UnitConversion.DistanceUnit(x.Units)]);
    }
}
