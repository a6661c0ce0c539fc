using FluentValidation;
using HybridTrainer.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.Journal;

/// <summary>The daily check-in: quick to fill, defaults on "normal" so an ordinary morning is a single tap.</summary>
public sealed class CheckInInput
{
    public decimal SleepHours { get; set; } = 7.5m;

    public int SorenessLegs { get; set; } = 2;

    public int SorenessUpper { get; set; } = 2;

    // McLean wellness items, 1 (worst) to 5 (best), 3 = normal.
    public int Fatigue { get; set; } = 3;

    public int SleepQuality { get; set; } = 3;

    public int MuscleSoreness { get; set; } = 3;

    public int Stress { get; set; } = 3;

    public int Mood { get; set; } = 3;

    public int? RestingHeartRate { get; set; }

    public double? HrvLnRmssd { get; set; }

    public bool FoamRolled { get; set; }
}

public sealed class CheckInInputValidator : AbstractValidator<CheckInInput>
{
    /// <summary>For code that builds the validator itself; the container passes its localizer.</summary>
    public CheckInInputValidator()
        : this(StaticLocalizers.For<JournalText>())
    {
    }

    public CheckInInputValidator(IStringLocalizer<JournalText> text)
    {
        RuleFor(x => x.SleepHours).InclusiveBetween(0m, 24m).WithMessage(_ => text["SleepRange"]);
        RuleFor(x => x.SorenessLegs).InclusiveBetween(0, 10).WithMessage(_ => text["SorenessRange"]);
        RuleFor(x => x.SorenessUpper).InclusiveBetween(0, 10).WithMessage(_ => text["SorenessRange"]);
        RuleForEach(x => new[] { x.Fatigue, x.SleepQuality, x.MuscleSoreness, x.Stress, x.Mood })
            .InclusiveBetween(1, 5).OverridePropertyName("Wellness").WithMessage(_ => text["WellnessRange"]);
        RuleFor(x => x.RestingHeartRate).InclusiveBetween(25, 150).WithMessage(_ => text["RestingHeartRateRange"]);
        RuleFor(x => x.HrvLnRmssd).InclusiveBetween(0.5, 7.0).WithMessage(_ => text["HrvRange"]);
    }
}
