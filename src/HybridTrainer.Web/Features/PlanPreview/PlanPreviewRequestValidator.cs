using FluentValidation;
using HybridTrainer.Domain.Planning;
using HybridTrainer.Web.Common;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.PlanPreview;

/// <summary>
/// The preview's input ranges. Each rule names its JSON field path (<c>OverridePropertyName</c>, and child validators
/// add their parent's), so API errors are keyed exactly as the request is written; global settings stay untouched.
/// </summary>
public sealed class PlanPreviewRequestValidator : AbstractValidator<PlanPreviewRequest>
{
    public const int MinimumAge = 12;
    public const int MaximumAge = 100;
    public static readonly DateOnly EarliestStart = new(2000, 1, 1);
    public static readonly DateOnly LatestStart = new(2100, 12, 31);

    public PlanPreviewRequestValidator(TimeProvider clock, IStringLocalizer<PlanPreviewText> text)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.BodyWeightKg).NotNull().WithMessage(_ => text["BodyWeightRequired"])
            .InclusiveBetween(30m, 300m).WithMessage(_ => text["BodyWeightRange"])
            .OverridePropertyName("bodyWeightKg");
        RuleFor(x => x.RestingHeartRate).InclusiveBetween(30, 120).WithMessage(_ => text["RestingHeartRateRange"])
            .OverridePropertyName("restingHeartRate");
        RuleFor(x => x.RunningBaseWeeks).NotNull().WithMessage(_ => text["RunningBaseRequired"])
            .InclusiveBetween(0, 520).WithMessage(_ => text["RunningBaseRange"])
            .OverridePropertyName("runningBaseWeeks");
        RuleFor(x => x.FiveKmTime)
            .Must(t => FiveKmTime.TryParse(t, out _)).WithMessage(_ => text["FiveKmTimeFormat"])
            .Must(t => FiveKmTime.TryParse(t, out var time) && FiveKmTime.IsInRange(time)).WithMessage(_ => text["FiveKmTimeRange"])
            .When(x => x.FiveKmTime is not null)
            .OverridePropertyName("fiveKmTime");
        RuleFor(x => x.Lifts!).NotNull().WithMessage(_ => text["LiftsRequired"])
            .SetValidator(new PlanPreviewLiftsValidator(text))
            .OverridePropertyName("lifts");
        RuleFor(x => x.AvailableDays).NotNull().WithMessage(_ => text["AvailableDaysRequired"])
            // The enum converter also reads numbers, so 9 would arrive as a day that does not exist.
            .Must(d => d!.All(Enum.IsDefined)).WithMessage(_ => text["AvailableDaysNames"])
            .Must(d => d!.Count is >= 3 and <= PlanPreviewRequest.MaximumAvailableDays).WithMessage(_ => text["AvailableDaysCount", PlanPreviewRequest.MaximumAvailableDays])
            .Must(d => d!.Distinct().Count() == d!.Count).WithMessage(_ => text["AvailableDaysOnce"])
            .OverridePropertyName("availableDays");
        RuleFor(x => x.StartDate).NotNull().WithMessage(_ => text["StartDateRequired"])
            .InclusiveBetween(EarliestStart, LatestStart).WithMessage(_ => text["StartDateRange"])
            .OverridePropertyName("startDate");
        RuleFor(x => x.BirthYear)
            .Must((x, year) => x.StartDate is not { } start || start.Year - year is >= MinimumAge and <= MaximumAge)
            .WithMessage(_ => text["BirthYearRange", MinimumAge, MaximumAge])
            .When(x => x.BirthYear is not null)
            .OverridePropertyName("birthYear");
        RuleFor(x => x.Weeks).InclusiveBetween(BlockRequest.MinWeeks, BlockRequest.MaxWeeks)
            .WithMessage(_ => text["WeeksRange", BlockRequest.MinWeeks, BlockRequest.MaxWeeks])
            .When(x => x.Race is null)
            .OverridePropertyName("weeks");
        // With a race, weeks follow from the dates (up to 24, R31) and the race validator checks them.
        Include(new PlanPreviewRaceValidator(clock, text));
        RuleFor(x => x.History!).SetValidator(new PlanPreviewHistoryValidator(text)).OverridePropertyName("history");
    }
}
