using FluentValidation;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Web.Common;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.Progress;

/// <summary>Today's weigh-in in the athlete's own units (kg and cm, or lb and in); the girths are optional.</summary>
public sealed class BodyLogInput
{
    public const decimal CmPerInch = 2.54m;

    public UnitSystem Units { get; set; }

    public decimal? Weight { get; set; }

    public decimal? Chest { get; set; }

    public decimal? UpperArm { get; set; }

    public decimal? Waist { get; set; }

    public decimal? Thigh { get; set; }

    public string LengthUnit => Units == UnitSystem.Imperial ? "in" : "cm";

    public decimal? ToCm(decimal? length) => length is { } value ? Math.Round(Units == UnitSystem.Imperial ? value * CmPerInch : value, 1, MidpointRounding.AwayFromZero) : null;
}

/// <summary>Plausible human ranges (adults): a typo such as 800 for 80.0 is caught where it was typed.</summary>
public sealed class BodyLogInputValidator : AbstractValidator<BodyLogInput>
{
    public const decimal MinWeightKg = 30, MaxWeightKg = 300;

    /// <summary>Each girth's field, the key of its name in <see cref="ProgressText"/>, and its plausible range.</summary>
    public static readonly (string Field, string NameKey, decimal MinCm, decimal MaxCm)[] Girths =
    [
        (nameof(BodyLogInput.Chest), "GirthChest", 50, 200),
        (nameof(BodyLogInput.UpperArm), "GirthUpperArm", 15, 70),
        (nameof(BodyLogInput.Waist), "GirthWaist", 40, 200),
        (nameof(BodyLogInput.Thigh), "GirthThigh", 25, 110),
    ];

    private readonly IStringLocalizer<ProgressText> _text;

    public BodyLogInputValidator(IStringLocalizer<ProgressText> text)
    {
        _text = text;
        RuleFor(x => x.Weight).NotNull().WithMessage(_ => text["BodyWeightRequired"]);
        RuleFor(x => x.Weight)
            .Must((input, weight) => weight is not { } value || UnitConversion.ToKg(value, input.Units) is >= MinWeightKg and <= MaxWeightKg)
            .WithMessage(input => text["BodyWeightRange", UnitConversion.WeightRange(MinWeightKg, MaxWeightKg, input.Units, 0)]);
        RuleFor(x => x.Chest).Must((input, v) => Plausible(input, v, 0)).WithMessage(input => Message(input, 0));
        RuleFor(x => x.UpperArm).Must((input, v) => Plausible(input, v, 1)).WithMessage(input => Message(input, 1));
        RuleFor(x => x.Waist).Must((input, v) => Plausible(input, v, 2)).WithMessage(input => Message(input, 2));
        RuleFor(x => x.Thigh).Must((input, v) => Plausible(input, v, 3)).WithMessage(input => Message(input, 3));
    }

    private static bool Plausible(BodyLogInput input, decimal? value, int girth) =>
        input.ToCm(value) is not { } cm || (cm >= Girths[girth].MinCm && cm <= Girths[girth].MaxCm);

    private string Message(BodyLogInput input, int girth)
    {
        var (_, nameKey, min, max) = Girths[girth];
        var name = _text[nameKey];
        return input.Units == UnitSystem.Imperial
            ? _text["GirthRangeImperial", name, Math.Round(min / BodyLogInput.CmPerInch), Math.Round(max / BodyLogInput.CmPerInch)]
            : _text["GirthRangeMetric", name, min, max];
    }
}
