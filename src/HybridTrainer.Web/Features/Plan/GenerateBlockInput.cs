using System.Globalization;
using FluentValidation;
using HybridTrainer.Web.Infrastructure.Localization;
using HybridTrainer.Domain.Athletes;
using HybridTrainer.Domain.Planning;
using HybridTrainer.Domain.Rules;
using HybridTrainer.Domain.Time;
using HybridTrainer.Domain.Training;
using HybridTrainer.Web.Common;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.Plan;

public sealed class GenerateBlockInput
{
    /// <summary>A date (the time part is ignored); DateTime because the date picker binds to it.</summary>
    public DateTime? StartDate { get; set; }

    public DateOnly Start => DateOnly.FromDateTime(StartDate ?? throw new InvalidOperationException("Validate the input first."));

    /// <summary>Length of an open block; a race block's length follows from the race date (R31).</summary>
    public int Weeks { get; set; } = 4;

    /// <summary>True for "Train for a race": the block runs to the race week and the race fields count.</summary>
    public bool ForRace { get; set; }

    public RaceDistance Distance { get; set; } = RaceDistance.Marathon;

    public DateTime? RaceDate { get; set; }

    /// <summary>Optional goal, "h:mm:ss" as typed.</summary>
    public string? GoalTime { get; set; }

    /// <summary>The race of a validated race input; null for an open block.</summary>
    public RaceGoal? Race => ForRace
        ? new RaceGoal(Distance, DateOnly.FromDateTime(RaceDate ?? throw new InvalidOperationException("Validate the input first.")),
            RaceText.TryParseGoal(GoalTime, out var goal) ? goal : null)
        : null;

    /// <summary>The engine's request for a validated input: a race block from the start to the race week, else the weeks asked for.</summary>
    public BlockRequest ToRequest(AthleteProfile profile, TrainingHistory? history) =>
        Race is { } race ? BlockRequest.ForRace(profile, Start, race, history) : new BlockRequest(profile, Start, Weeks, history);

    /// <summary>First race date R31 allows from the start: the distance's minimum weeks, race in the last of them.</summary>
    public static DateOnly EarliestRaceDate(DateOnly start, RaceDistance distance) => start.AddDays((R31RaceBlockLength.MinWeeks(distance) - 1) * 7);

    /// <summary>Last race date R31 allows from the start: the last day of week 24.</summary>
    public static DateOnly LatestRaceDate(DateOnly start) => start.AddDays((R31RaceBlockLength.MaxWeeks * 7) - 1);
}

public sealed class GenerateBlockInputValidator : AbstractValidator<GenerateBlockInput>
{
    private readonly IStringLocalizer<PlanText> _text;

    /// <summary>For code that builds the validator itself; the container passes its localizer.</summary>
    public GenerateBlockInputValidator(TimeProvider clock)
        : this(clock, StaticLocalizers.For<PlanText>())
    {
    }

    public GenerateBlockInputValidator(TimeProvider clock, IStringLocalizer<PlanText> text)
    {
        _text = text;
        RuleFor(x => x.StartDate).NotNull().WithMessage(_ => text["StartDateRequired"])
            .Must(date => date is null || DateOnly.FromDateTime(date.Value) >= clock.EarliestToday())
            .WithMessage(_ => text["StartInThePast"])
            .Must(date => date is null || DateOnly.FromDateTime(date.Value) <= LatestStart(clock))
            .WithMessage(_ => text["StartWithinTwoYears"]);
        RuleFor(x => x.Weeks).InclusiveBetween(1, 16).WithMessage(_ => text["BlockWeeksRange"]).When(x => !x.ForRace);
        When(x => x.ForRace, () =>
        {
            RuleFor(x => x.Distance).IsInEnum().WithMessage(_ => text["PickDistance"]);
            RuleFor(x => x.RaceDate).NotNull().WithMessage(_ => text["RaceDateRequired"])
                .Must(date => date is null || DateOnly.FromDateTime(date.Value) >= clock.EarliestToday())
                .WithMessage(_ => text["RaceDateInThePast"])
                .DependentRules(() => RuleFor(x => x.RaceDate).Custom((_, context) =>
                {
                    if (SpanProblem(context.InstanceToValidate) is { } problem)
                    {
                        context.AddFailure(nameof(GenerateBlockInput.RaceDate), problem);
                    }
                }));
            RuleFor(x => x.GoalTime).Custom((goalText, context) =>
            {
                if (GoalProblem(context.InstanceToValidate.Distance, goalText) is { } problem)
                {
                    context.AddFailure(nameof(GenerateBlockInput.GoalTime), problem);
                }
            });
        });
    }

    // A plan years ahead is a typing slip; a date near the calendar's end would overflow the session dates.
    /// <summary>The English wording of PlanText's StartInThePast.</summary>
    public const string StartInThePast = "Start today or later: the past is already logged or gone.";

    public static DateOnly LatestStart(TimeProvider clock) => clock.EarliestToday().AddYears(2);

    // R31: the race must fall between the distance's minimum weeks and 24 weeks after the start.
    private string? SpanProblem(GenerateBlockInput input)
    {
        if (input.StartDate is null || input.RaceDate is null || !Enum.IsDefined(input.Distance))
        {
            return null;
        }

        var (start, race) = (input.Start, DateOnly.FromDateTime(input.RaceDate.Value));
        var (earliest, latest) = (GenerateBlockInput.EarliestRaceDate(start, input.Distance), GenerateBlockInput.LatestRaceDate(start));
        var name = RaceText.Name(input.Distance).ToLower(CultureInfo.CurrentCulture);
        return race < earliest
            ? _text["RaceTooNear", name, R31RaceBlockLength.MinWeeks(input.Distance), IsoDate.Of(earliest)].Value
            : race > latest
                ? _text["RaceTooFar", R31RaceBlockLength.MaxWeeks, IsoDate.Of(latest)].Value
                : null;
    }

    private string? GoalProblem(RaceDistance distance, string? goalText)
    {
        if (string.IsNullOrWhiteSpace(goalText))
        {
            return null;
        }

        if (!RaceText.TryParseGoal(goalText, out var goal))
        {
            return _text["GoalTimeFormat"];
        }

        var name = RaceText.Name(distance).ToLower(CultureInfo.CurrentCulture);
        return goal < RaceGoalBounds.Fastest(distance)
            ? _text["GoalFasterThanRecord", name, ClockTime.WithHours(RaceGoalBounds.Fastest(distance))].Value
            : goal > RaceGoalBounds.Slowest(distance)
                ? _text["GoalTooSlow", ClockTime.WithHours(RaceGoalBounds.Slowest(distance)), name].Value
                : null;
    }
}
