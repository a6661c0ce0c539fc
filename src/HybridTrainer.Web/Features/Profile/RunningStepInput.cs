using FluentValidation;
using HybridTrainer.Web.Common;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.Profile;

/// <summary>Step 2: how long the athlete has run consistently, and an optional recent 5 km time.</summary>
public sealed class RunningStepInput
{
    public int? RunningBaseWeeks { get; set; }

    /// <summary>"mm:ss" or "h:mm:ss"; empty when the athlete has no recent time.</summary>
    public string? FiveKmTime { get; set; }

    public TimeSpan? ParsedFiveKmTime =>
        Common.FiveKmTime.TryParse(FiveKmTime?.Trim(), out var time) ? time : null;
}

public sealed class RunningStepInputValidator : AbstractValidator<RunningStepInput>
{
    public const int MaximumBaseWeeks = 520;

    public RunningStepInputValidator(IStringLocalizer<ProfileText> text)
    {
        RuleFor(x => x.RunningBaseWeeks).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => text["RunningBaseWeeksRequired"])
            .InclusiveBetween(0, MaximumBaseWeeks).WithMessage(_ => text["RunningBaseWeeksRange", MaximumBaseWeeks]);
        RuleFor(x => x.FiveKmTime).Cascade(CascadeMode.Stop)
            .Must(text => FiveKmTime.TryParse(text!.Trim(), out _))
            .WithMessage(_ => text["FiveKmTimeFormat"])
            .Must(text => FiveKmTime.TryParse(text!.Trim(), out var time) && FiveKmTime.IsInRange(time))
            .WithMessage(_ => text["FiveKmTimeRange"])
            .When(x => !string.IsNullOrWhiteSpace(x.FiveKmTime));
    }
}
