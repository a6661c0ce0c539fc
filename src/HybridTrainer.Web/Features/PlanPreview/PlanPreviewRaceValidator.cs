using FluentValidation;
using HybridTrainer.Domain.Rules;
using HybridTrainer.Domain.Time;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Web.Features.PlanPreview;

/// <summary>
/// The race object and what it asks of the rest of the request: a known distance, a date R31 allows from the start
/// date and not in the past, a plausible goal time, <c>weeks</c> left out or agreeing, enough run days (R31) and a
/// 5 km time to set the paces (R39). Each refusal names its field and says what would work.
/// </summary>
internal sealed class PlanPreviewRaceValidator : AbstractValidator<PlanPreviewRequest>
{
    private const string Distances = "FiveK, TenK, HalfMarathon or Marathon";

    public PlanPreviewRaceValidator(TimeProvider clock)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        When(x => x.Race is not null, () =>
        {
            RuleFor(x => x.Race!.Distance)
                .NotNull().WithMessage($"The race distance is required: {Distances}.")
                .Must(d => RaceGoalBounds.TryParseDistance(d, out _)).WithMessage(x => $"Unknown race distance '{x.Race!.Distance}': use {Distances}.")
                .OverridePropertyName("race.distance");
            RuleFor(x => x.Race!.Date)
                .NotNull().WithMessage("The race date is required, as yyyy-MM-dd.")
                .Must(d => RaceGoalBounds.TryParseDate(d, out _)).WithMessage("Write the race date as yyyy-MM-dd, e.g. 2027-04-25.")
                // An anonymous caller has no time zone: only a date past everywhere on Earth is refused.
                .Must(d => Date(d) >= clock.EarliestToday())
                .WithMessage(x => $"The race date {x.Race!.Date} is in the past; choose a race from {Iso(clock.EarliestToday())} on.")
                .Must((x, d) => Span(x) is not { } span || span >= R31RaceBlockLength.MinWeeks(Distance(x)!.Value))
                .WithMessage(TooNear)
                .Must((x, d) => Span(x) is not { } span || span <= R31RaceBlockLength.MaxWeeks)
                .WithMessage(TooFar)
                .OverridePropertyName("race.date");
            RuleFor(x => x.Race!.GoalTime)
                .Must(t => RaceGoalBounds.TryParseTime(t, out _)).WithMessage("Write the goal time as h:mm:ss, e.g. 3:45:00 (mm:ss also works, e.g. 19:30).")
                .Must((x, t) => Distance(x) is not { } distance || (RaceGoalBounds.TryParseTime(t, out var goal) && RaceGoalBounds.IsPlausible(distance, goal)))
                .WithMessage(x => GoalOutOfRange(Distance(x)!.Value))
                .When(x => x.Race!.GoalTime is not null)
                .OverridePropertyName("race.goalTime");
            RuleFor(x => x.Weeks)
                .Must((x, weeks) => Span(x) is not { } span || weeks == span)
                .WithMessage(x => $"With the start on {Iso(x.StartDate!.Value)} and the race on {x.Race!.Date}, the block runs {Span(x)} weeks: leave weeks out or send {Span(x)}.")
                .When(x => x.Weeks is not null)
                .OverridePropertyName("weeks");
            RuleFor(x => x.AvailableDays)
                .Must((x, days) => Runs(days!) >= R31RaceBlockLength.MinRunsPerWeek(Distance(x)!.Value))
                .WithMessage(TooFewDays)
                .When(x => Distance(x) is not null && x.AvailableDays is { Count: >= 3 and <= 7 } days && days.All(Enum.IsDefined) && days.Distinct().Count() == days.Count)
                .OverridePropertyName("availableDays");
            RuleFor(x => x.FiveKmTime)
                .NotNull().WithMessage("A race plan sets every pace from a recent race: give fiveKmTime from a 5 km race or time trial in the last few weeks.")
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

    private static string TooNear(PlanPreviewRequest x)
    {
        var distance = Distance(x)!.Value;
        var start = x.StartDate!.Value;
        var latestStart = R31RaceBlockLength.LatestStart(new RaceGoal(distance, Date(x.Race!.Date)));
        return $"A {R39RacePrediction.NameOf(distance)} needs at least {R31RaceBlockLength.MinWeeks(distance)} weeks of preparation; from {Iso(start)} the race is {Span(x)} weeks away. "
            + $"Choose a race on or after {Iso(RaceGoalBounds.EarliestRaceDate(start, distance))}, or start on or before {Iso(latestStart)}.";
    }

    private static string TooFar(PlanPreviewRequest x)
    {
        var start = x.StartDate!.Value;
        var earliestStart = R31RaceBlockLength.EarliestStart(new RaceGoal(Distance(x)!.Value, Date(x.Race!.Date)));
        return $"From {Iso(start)} the race is {Span(x)} weeks away; a race block covers at most {R31RaceBlockLength.MaxWeeks}. "
            + $"Choose a race on or before {Iso(RaceGoalBounds.LatestRaceDate(start))}, or start on or after {Iso(earliestStart)}.";
    }

    private static string TooFewDays(PlanPreviewRequest x)
    {
        var distance = Distance(x)!.Value;
        var runs = R31RaceBlockLength.MinRunsPerWeek(distance);
        var needed = Enumerable.Range(R02SessionAllocation.MinimumDays, R02SessionAllocation.MaximumDays - R02SessionAllocation.MinimumDays + 1)
            .First(d => R02SessionAllocation.For(d, qualityAllowed: true).RunSessions >= runs);
        var add = needed - x.AvailableDays!.Distinct().Count();
        return $"A {R39RacePrediction.NameOf(distance)} needs at least {runs} runs a week, which takes {needed} available days; add {add} day{(add == 1 ? "" : "s")}.";
    }

    private static string GoalOutOfRange(RaceDistance distance) =>
        $"A {R39RacePrediction.NameOf(distance)} goal must be between {RaceGoalBounds.Format(RaceGoalBounds.WorldRecord(distance))} (the world record) and {RaceGoalBounds.Format(RaceGoalBounds.Slowest(distance))}.";

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
