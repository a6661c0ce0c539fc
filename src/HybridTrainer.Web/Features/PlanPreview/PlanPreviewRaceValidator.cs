using FluentValidation;
using HybridTrainer.Domain.Rules;
using HybridTrainer.Domain.Time;
using HybridTrainer.Domain.Training;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.PlanPreview;

/// <summary>
/// The race object and what it asks of the rest of the request: a known distance, a date R31 allows from the start
/// date and not in the past, a plausible goal time, <c>weeks</c> left out or agreeing, enough run days (R31) and a
/// 5 km time to set the paces (R39). Each refusal names its field and says what would work.
/// </summary>
internal sealed class PlanPreviewRaceValidator : AbstractValidator<PlanPreviewRequest>
{
    private readonly IStringLocalizer<PlanPreviewText> _text;

    public PlanPreviewRaceValidator(TimeProvider clock, IStringLocalizer<PlanPreviewText> text)
    {
        _text = text;
        RuleLevelCascadeMode = CascadeMode.Stop;
        When(x => x.Race is not null, () =>
        {
            RuleFor(x => x.Race!.Distance)
                .NotNull().WithMessage(_ => text["RaceDistanceRequired"])
                .Must(d => RaceGoalBounds.TryParseDistance(d, out _)).WithMessage(x => text["RaceDistanceUnknown", x.Race!.Distance!])
                .OverridePropertyName("race.distance");
            RuleFor(x => x.Race!.Date)
                .NotNull().WithMessage(_ => text["RaceDateRequired"])
                .Must(d => RaceGoalBounds.TryParseDate(d, out _)).WithMessage(_ => text["RaceDateFormat"])
                // An anonymous caller has no time zone: only a date past everywhere on Earth is refused.
                .Must(d => Date(d) >= clock.EarliestToday())
                .WithMessage(x => text["RaceDateInThePast", x.Race!.Date!, Iso(clock.EarliestToday())])
                .Must((x, d) => Span(x) is not { } span || span >= R31RaceBlockLength.MinWeeks(Distance(x)!.Value))
                .WithMessage(TooNear)
                .Must((x, d) => Span(x) is not { } span || span <= R31RaceBlockLength.MaxWeeks)
                .WithMessage(TooFar)
                .OverridePropertyName("race.date");
            RuleFor(x => x.Race!.GoalTime)
                .Must(t => RaceGoalBounds.TryParseTime(t, out _)).WithMessage(_ => text["GoalTimeFormat"])
                .Must((x, t) => Distance(x) is not { } distance || (RaceGoalBounds.TryParseTime(t, out var goal) && RaceGoalBounds.IsPlausible(distance, goal)))
                .WithMessage(x => GoalOutOfRange(Distance(x)!.Value))
                .When(x => x.Race!.GoalTime is not null)
                .OverridePropertyName("race.goalTime");
            RuleFor(x => x.Weeks)
                .Must((x, weeks) => Span(x) is not { } span || weeks == span)
                .WithMessage(x => text["WeeksDisagree", Iso(x.StartDate!.Value), x.Race!.Date!, Span(x)!])
                .When(x => x.Weeks is not null)
                .OverridePropertyName("weeks");
            RuleFor(x => x.AvailableDays)
                .Must((x, days) => Runs(days!) >= R31RaceBlockLength.MinRunsPerWeek(Distance(x)!.Value))
                .WithMessage(TooFewDays)
                .When(x => Distance(x) is not null && x.AvailableDays is { Count: >= 3 and <= 7 } days && days.All(Enum.IsDefined) && days.Distinct().Count() == days.Count)
                .OverridePropertyName("availableDays");
            RuleFor(x => x.FiveKmTime)
                .NotNull().WithMessage(_ => text["FiveKmTimeNeeded"])
                .OverridePropertyName("fiveKmTime");
        });
    }

    /// <summary>Weeks from the start to the race week (R31); null while the start, distance or date is missing or malformed.</summary>
    public static int? Span(PlanPreviewRequest request) =>
        request.StartDate is { } start && Distance(request) is not null && RaceGoalBounds.TryParseDate(request.Race?.Date, out var date)
            ? R31RaceBlockLength.WeeksUntil(start, date)
            : null;

    public static RaceDistance? Distance(PlanPreviewRequest request) =>
        RaceGoalBounds.TryParseDistance(request.Race?.Distance, out var distance) ? distance : null;

    private static DateOnly Date(string? text) => RaceGoalBounds.TryParseDate(text, out var date) ? date : DateOnly.MinValue;

    private static int Runs(IReadOnlyList<DayOfWeek> days) => R02SessionAllocation.For(days.Distinct().Count(), qualityAllowed: true).RunSessions;

    private string TooNear(PlanPreviewRequest x)
    {
        var distance = Distance(x)!.Value;
        var start = x.StartDate!.Value;
        var latestStart = R31RaceBlockLength.LatestStart(new RaceGoal(distance, Date(x.Race!.Date)));
        return _text["RaceTooNear", Name(distance), R31RaceBlockLength.MinWeeks(distance), Iso(start), Span(x)!,
            Iso(RaceGoalBounds.EarliestRaceDate(start, distance)), Iso(latestStart)];
    }

    private string TooFar(PlanPreviewRequest x)
    {
        var start = x.StartDate!.Value;
        var earliestStart = R31RaceBlockLength.EarliestStart(new RaceGoal(Distance(x)!.Value, Date(x.Race!.Date)));
        return _text["RaceTooFar", Iso(start), Span(x)!, R31RaceBlockLength.MaxWeeks, Iso(RaceGoalBounds.LatestRaceDate(start)), Iso(earliestStart)];
    }

    private string TooFewDays(PlanPreviewRequest x)
    {
        var distance = Distance(x)!.Value;
        var runs = R31RaceBlockLength.MinRunsPerWeek(distance);
        var needed = Enumerable.Range(R02SessionAllocation.MinimumDays, R02SessionAllocation.MaximumDays - R02SessionAllocation.MinimumDays + 1)
            .First(d => R02SessionAllocation.For(d, qualityAllowed: true).RunSessions >= runs);
        var add = needed - x.AvailableDays!.Distinct().Count();
        return _text[add == 1 ? "TooFewDaysAddOne" : "TooFewDays", Name(distance), runs, needed, add];
    }

    private string GoalOutOfRange(RaceDistance distance) =>
        _text["GoalOutOfRange", Name(distance), RaceGoalBounds.Format(RaceGoalBounds.WorldRecord(distance)), RaceGoalBounds.Format(RaceGoalBounds.Slowest(distance))];

    // "marathon", "half marathon", "10 km", "5 km" as a sentence names them, in the request's language.
    private string Name(RaceDistance distance) => distance switch
    {
        RaceDistance.FiveK => _text["NameFiveK"],
        RaceDistance.TenK => _text["NameTenK"],
        RaceDistance.HalfMarathon => _text["NameHalfMarathon"],
        RaceDistance.Marathon => _text["NameMarathon"],
        _ => R39RacePrediction.NameOf(distance),
    };

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
