using FluentValidation;

namespace HybridTrainer.Web.Features.PlanPreview;

/// <summary>At most 12 recent weeks of each series, no negative or impossible week.</summary>
internal sealed class PlanPreviewHistoryValidator : AbstractValidator<PlanPreviewHistory>
{
    public const int MaximumWeeks = 12;

    // RPE 10 for 100 hours is beyond any training week; anything above is a typo.
    public const int MaximumWeeklyLoadAu = 60_000;
    public const int MaximumWeeklyRunMinutes = 6_000;

    public PlanPreviewHistoryValidator()
    {
        RuleFor(x => x.WeeklyLoadsAu).Must(l => l!.Count <= MaximumWeeks).When(x => x.WeeklyLoadsAu is not null)
            .WithMessage($"Give at most {MaximumWeeks} weeks of load history.").OverridePropertyName("weeklyLoadsAu");
        RuleForEach(x => x.WeeklyLoadsAu).InclusiveBetween(0, MaximumWeeklyLoadAu)
            .WithMessage($"A weekly load must be between 0 and {MaximumWeeklyLoadAu} AU.").OverridePropertyName("weeklyLoadsAu");
        RuleFor(x => x.WeeklyRunMinutes).Must(l => l!.Count <= MaximumWeeks).When(x => x.WeeklyRunMinutes is not null)
            .WithMessage($"Give at most {MaximumWeeks} weeks of run-minute history.").OverridePropertyName("weeklyRunMinutes");
        RuleForEach(x => x.WeeklyRunMinutes).InclusiveBetween(0, MaximumWeeklyRunMinutes)
            .WithMessage($"Weekly run minutes must be between 0 and {MaximumWeeklyRunMinutes}.").OverridePropertyName("weeklyRunMinutes");
    }
}
