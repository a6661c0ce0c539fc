using FluentValidation;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.PlanPreview;

/// <summary>At most 12 recent weeks of each series, no negative or impossible week.</summary>
internal sealed class PlanPreviewHistoryValidator : AbstractValidator<PlanPreviewHistory>
{
    public const int MaximumWeeks = 12;

    // RPE 10 for 100 hours is beyond any training week; anything above is a typo.
    public const int MaximumWeeklyLoadAu = 60_000;
    public const int MaximumWeeklyRunMinutes = 6_000;

    public PlanPreviewHistoryValidator(IStringLocalizer<PlanPreviewText> text)
    {
        RuleFor(x => x.WeeklyLoadsAu).Must(l => l!.Count <= MaximumWeeks).When(x => x.WeeklyLoadsAu is not null)
            .WithMessage(_ => text["LoadHistoryWeeks", MaximumWeeks]).OverridePropertyName("weeklyLoadsAu");
        RuleForEach(x => x.WeeklyLoadsAu).InclusiveBetween(0, MaximumWeeklyLoadAu)
            .WithMessage(_ => text["WeeklyLoadRange", Plain(MaximumWeeklyLoadAu)]).OverridePropertyName("weeklyLoadsAu");
        RuleFor(x => x.WeeklyRunMinutes).Must(l => l!.Count <= MaximumWeeks).When(x => x.WeeklyRunMinutes is not null)
            .WithMessage(_ => text["RunHistoryWeeks", MaximumWeeks]).OverridePropertyName("weeklyRunMinutes");
        RuleForEach(x => x.WeeklyRunMinutes).InclusiveBetween(0, MaximumWeeklyRunMinutes)
            .WithMessage(_ => text["WeeklyRunMinutesRange", Plain(MaximumWeeklyRunMinutes)]).OverridePropertyName("weeklyRunMinutes");
    }

    // The English messages always wrote 60000, without a group separator.
    private static string Plain(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
