using FluentValidation;
using HybridTrainer.Web.Common;

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

    public RunningStepInputValidator()
    {
        RuleFor(x => x.RunningBaseWeeks).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("Enter how many weeks you have run consistently (0 if you are starting).")
            .InclusiveBetween(0, MaximumBaseWeeks).WithMessage($"Enter 0 to {MaximumBaseWeeks} weeks (ten years).");
        RuleFor(x => x.FiveKmTime).Cascade(CascadeMode.Stop)
            .Must(text => FiveKmTime.TryParse(text!.Trim(), out _))
            .WithMessage("Write the time as mm:ss or h:mm:ss, for example 24:30.")
            .Must(text => FiveKmTime.TryParse(text!.Trim(), out var time) && FiveKmTime.IsInRange(time))
            .WithMessage("Enter a 5 km time from 12:00 to 1:00:00, or leave it empty.")
            .When(x => !string.IsNullOrWhiteSpace(x.FiveKmTime));
    }
}
