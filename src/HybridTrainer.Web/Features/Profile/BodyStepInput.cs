using FluentValidation;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Web.Common;

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

    // The latest birth year moves with the calendar, so it is read at validation time, not at construction.
    public BodyStepInputValidator(TimeProvider clock)
    {
        RuleFor(x => x.Units).IsInEnum().WithMessage("Choose metric or imperial units.");
        RuleFor(x => x.BodyWeight).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("Enter your body weight.")
            .Must((input, weight) => UnitConversion.ToKg(weight!.Value, input.Units) is >= MinimumKg and <= MaximumKg)
            .WithMessage(input => $"Enter a body weight of {UnitConversion.WeightRange(MinimumKg, MaximumKg, input.Units, 0)}.");
        RuleFor(x => x.BirthYear)
            .Must(year => year is null || (year >= EarliestBirthYear && year <= LatestBirthYear(clock)))
            .WithMessage(_ => $"Enter a birth year from {EarliestBirthYear} to {LatestBirthYear(clock)}, or leave it empty.");
        RuleFor(x => x.RestingHeartRate)
            .InclusiveBetween(30, 120).WithMessage("Enter a resting heart rate from 30 to 120 beats a minute, or leave it empty.");
    }

    public static int LatestBirthYear(TimeProvider clock) => clock.GetUtcNow().Year - 10;
}
