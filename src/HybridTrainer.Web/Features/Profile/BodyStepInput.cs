using FluentValidation;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Web.Common;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.Profile;

/// <summary>Step 1: units, then body numbers in those units.</summary>
public sealed class BodyStepInput
{
    public UnitSystem Units { get; set; } = UnitSystem.Metric;

    /// <summary>In kg or lb, as <see cref="Units"/> says.</summary>
    public decimal? BodyWeight { get; set; }

    public int? BirthYear { get; set; }

    public int? RestingHeartRate { get; set; }
}

public sealed class BodyStepInputValidator : AbstractValidator<BodyStepInput>
{
    public const decimal MinimumKg = 30m;
    public const decimal MaximumKg = 300m;
    public const int EarliestBirthYear = 1920;

    // The latest birth year moves with the calendar, so it is read at validation time, not at construction; messages are
    // worded then too, in the language of whoever is validating.
    public BodyStepInputValidator(TimeProvider clock, IStringLocalizer<ProfileText> text)
    {
        RuleFor(x => x.Units).IsInEnum().WithMessage(_ => text["UnitsInvalid"]);
        RuleFor(x => x.BodyWeight).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => text["BodyWeightRequired"])
            .Must((input, weight) => UnitConversion.ToKg(weight!.Value, input.Units) is >= MinimumKg and <= MaximumKg)
            .WithMessage(input => text["BodyWeightRange", UnitConversion.WeightRange(MinimumKg, MaximumKg, input.Units, 0)]);
        RuleFor(x => x.BirthYear)
            .Must(year => year is null || (year >= EarliestBirthYear && year <= LatestBirthYear(clock)))
            .WithMessage(_ => text["BirthYearRange", EarliestBirthYear, LatestBirthYear(clock)]);
        RuleFor(x => x.RestingHeartRate)
            .InclusiveBetween(30, 120).WithMessage(_ => text["RestingHeartRateRange"]);
    }

    public static int LatestBirthYear(TimeProvider clock) => clock.GetUtcNow().Year - 10;
}
