using HybridTrainer.Web.Common;
using FluentValidation;
using HybridTrainer.Domain.Rules;
using HybridTrainer.Domain.Time;
using HybridTrainer.Domain.Training;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.PlanPreview;

/// <summary>
/// The race object of any request that may carry one (<see cref="IRaceGoalRequest"/>): a known distance, a date R31
/// allows from the start date and not in the past, a plausible goal time, and <c>weeks</c> left out or agreeing. Each
/// refusal names its JSON field (<c>race.date</c>) and says what would work. What a race asks of the athlete (run
/// days, a 5 km time) is checked where those come from: the preview's request, or the saved profile.
/// </summary>
internal sealed class RaceGoalValidator<T> : AbstractValidator<T>
    where T : IRaceGoalRequest
{
    private readonly IStringLocalizer<PlanPreviewText> _text;

    public RaceGoalValidator(TimeProvider clock, IStringLocalizer<PlanPreviewText> text)
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
                .Must((x, d) => RaceGoalRequests.Span(x) is not { } span || span >= R31RaceBlockLength.MinWeeks(RaceGoalRequests.Distance(x)!.Value))
                .WithMessage(TooNear)
                .Must((x, d) => RaceGoalRequests.Span(x) is not { } span || span <= R31RaceBlockLength.MaxWeeks)
                .WithMessage(TooFar)
                .OverridePropertyName("race.date");
            RuleFor(x => x.Race!.GoalTime)
                .Must(t => RaceGoalBounds.TryParseTime(t, out _)).WithMessage(_ => text["GoalTimeFormat"])
                .Must((x, t) => RaceGoalRequests.Distance(x) is not { } distance || (RaceGoalBounds.TryParseTime(t, out var goal) && RaceGoalBounds.IsPlausible(distance, goal)))
                .WithMessage(x => GoalOutOfRange(RaceGoalRequests.Distance(x)!.Value))
                .When(x => x.Race!.GoalTime is not null)
                .OverridePropertyName("race.goalTime");
            RuleFor(x => x.Weeks)
                .Must((x, weeks) => RaceGoalRequests.Span(x) is not { } span || weeks == span)
                .WithMessage(x => text["WeeksDisagree", Iso(x.StartDate!.Value), x.Race!.Date!, RaceGoalRequests.Span(x)!])
                .When(x => x.Weeks is not null)
                .OverridePropertyName("weeks");
        });
    }

    private static DateOnly Date(string? text) => RaceGoalBounds.TryParseDate(text, out var date) ? date : DateOnly.MinValue;

    private string TooNear(T x)
    {
        var distance = RaceGoalRequests.Distance(x)!.Value;
        var start = x.StartDate!.Value;
        var latestStart = R31RaceBlockLength.LatestStart(new RaceGoal(distance, Date(x.Race!.Date)));
        return _text["RaceTooNear", Name(distance), R31RaceBlockLength.MinWeeks(distance), Iso(start), RaceGoalRequests.Span(x)!,
            Iso(RaceGoalBounds.EarliestRaceDate(start, distance)), Iso(latestStart)];
    }

    private string TooFar(T x)
    {
        var start = x.StartDate!.Value;
        var earliestStart = R31RaceBlockLength.EarliestStart(new RaceGoal(RaceGoalRequests.Distance(x)!.Value, Date(x.Race!.Date)));
        return _text["RaceTooFar", Iso(start), RaceGoalRequests.Span(x)!, R31RaceBlockLength.MaxWeeks, Iso(RaceGoalBounds.LatestRaceDate(start)), Iso(earliestStart)];
    }

    private string GoalOutOfRange(RaceDistance distance) =>
        _text["GoalOutOfRange", Name(distance), ClockTime.WithHours(RaceGoalBounds.WorldRecord(distance)), ClockTime.WithHours(RaceGoalBounds.Slowest(distance))];

    private string Name(RaceDistance distance) => RaceGoalRequests.Name(distance, _text);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
