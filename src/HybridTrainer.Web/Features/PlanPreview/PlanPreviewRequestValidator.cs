using FluentValidation;
using HybridTrainer.Domain.Planning;
using HybridTrainer.Web.Common;

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

    public PlanPreviewRequestValidator(TimeProvider clock)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.BodyWeightKg).NotNull().WithMessage("Body weight is required.")
            .InclusiveBetween(30m, 300m).WithMessage("Body weight must be between 30 and 300 kg.")
            .OverridePropertyName("bodyWeightKg");
        RuleFor(x => x.RestingHeartRate).InclusiveBetween(30, 120).WithMessage("Resting heart rate must be between 30 and 120 bpm.")
            .OverridePropertyName("restingHeartRate");
        RuleFor(x => x.RunningBaseWeeks).NotNull().WithMessage("Weeks of running base are required (0 if none).")
            .InclusiveBetween(0, 520).WithMessage("Weeks of running base must be between 0 and 520.")
            .OverridePropertyName("runningBaseWeeks");
        RuleFor(x => x.FiveKmTime)
            .Must(t => FiveKmTime.TryParse(t, out _)).WithMessage("Write the 5 km time as mm:ss or h:mm:ss, e.g. 22:30.")
            .Must(t => FiveKmTime.TryParse(t, out var time) && FiveKmTime.IsInRange(time)).WithMessage("The 5 km time must be between 12:00 and 1:00:00.")
            .When(x => x.FiveKmTime is not null)
            .OverridePropertyName("fiveKmTime");
        RuleFor(x => x.Lifts!).NotNull().WithMessage("The four main lifts are required.")
            .SetValidator(new PlanPreviewLiftsValidator())
            .OverridePropertyName("lifts");
        RuleFor(x => x.AvailableDays).NotNull().WithMessage("Available days are required.")
            // The enum converter also reads numbers, so 9 would arrive as a day that does not exist.
            .Must(d => d!.All(Enum.IsDefined)).WithMessage("Available days are weekday names, Monday to Sunday.")
            .Must(d => d!.Count is >= 3 and <= PlanPreviewRequest.MaximumAvailableDays).WithMessage($"Choose between 3 and {PlanPreviewRequest.MaximumAvailableDays} available days.")
            .Must(d => d!.Distinct().Count() == d!.Count).WithMessage("Each available day may appear only once.")
            .OverridePropertyName("availableDays");
        RuleFor(x => x.StartDate).NotNull().WithMessage("The start date is required.")
            .InclusiveBetween(EarliestStart, LatestStart).WithMessage("The start date must be between 2000-01-01 and 2100-12-31.")
            .OverridePropertyName("startDate");
        RuleFor(x => x.BirthYear)
            .Must((x, year) => x.StartDate is not { } start || start.Year - year is >= MinimumAge and <= MaximumAge)
            .WithMessage($"The birth year must make the athlete {MinimumAge} to {MaximumAge} years old at the start date.")
            .When(x => x.BirthYear is not null)
            .OverridePropertyName("birthYear");
        RuleFor(x => x.Weeks).InclusiveBetween(BlockRequest.MinWeeks, BlockRequest.MaxWeeks)
            .WithMessage($"Weeks must be between {BlockRequest.MinWeeks} and {BlockRequest.MaxWeeks}.")
            .When(x => x.Race is null)
            .OverridePropertyName("weeks");
        // With a race, weeks follow from the dates (up to 24, R31) and the race validator checks them.
        Include(new PlanPreviewRaceValidator(clock));
        RuleFor(x => x.History!).SetValidator(new PlanPreviewHistoryValidator()).OverridePropertyName("history");
    }
}
