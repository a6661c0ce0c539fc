using FluentValidation;
using HybridTrainer.Domain.Rules;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.PlanPreview;

/// <summary>
/// The race object and what it asks of the rest of the request: the race itself by <see cref="RaceGoalValidator{T}"/>
/// (distance, date, goal time, <c>weeks</c>), then enough run days (R31) and a 5 km time to set the paces (R39). Each
/// refusal names its field and says what would work.
/// </summary>
internal sealed class PlanPreviewRaceValidator : AbstractValidator<PlanPreviewRequest>
{
    private readonly IStringLocalizer<PlanPreviewText> _text;

    public PlanPreviewRaceValidator(TimeProvider clock, IStringLocalizer<PlanPreviewText> text)
    {
        _text = text;
        RuleLevelCascadeMode = CascadeMode.Stop;
        Include(new RaceGoalValidator<PlanPreviewRequest>(clock, text));
        When(x => x.Race is not null, () =>
        {
            RuleFor(x => x.AvailableDays)
                .Must((x, days) => Runs(days!) >= R31RaceBlockLength.MinRunsPerWeek(RaceGoalRequests.Distance(x)!.Value))
                .WithMessage(TooFewDays)
                .When(x => RaceGoalRequests.Distance(x) is not null && x.AvailableDays is { Count: >= 3 and <= 7 } days && days.All(Enum.IsDefined) && days.Distinct().Count() == days.Count)
                .OverridePropertyName("availableDays");
            RuleFor(x => x.FiveKmTime)
                .NotNull().WithMessage(_ => text["FiveKmTimeNeeded"])
                .OverridePropertyName("fiveKmTime");
        });
    }

    private static int Runs(IReadOnlyList<DayOfWeek> days) => R02SessionAllocation.For(days.Distinct().Count(), qualityAllowed: true).RunSessions;

    private string TooFewDays(PlanPreviewRequest x)
    {
        var distance = RaceGoalRequests.Distance(x)!.Value;
        var runs = R31RaceBlockLength.MinRunsPerWeek(distance);
        var needed = Enumerable.Range(R02SessionAllocation.MinimumDays, R02SessionAllocation.MaximumDays - R02SessionAllocation.MinimumDays + 1)
            .First(d => R02SessionAllocation.For(d, qualityAllowed: true).RunSessions >= runs);
        var add = needed - x.AvailableDays!.Distinct().Count();
        return _text[add == 1 ? "TooFewDaysAddOne" : "TooFewDays", RaceGoalRequests.Name(distance, _text), runs, needed, add];
    }
}
