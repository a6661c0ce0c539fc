using FluentValidation;
using HybridTrainer.Domain.Athletes;
using HybridTrainer.Domain.Planning;
using HybridTrainer.Domain.Rules;
using HybridTrainer.Domain.Time;
using HybridTrainer.Domain.Training;
using HybridTrainer.Web.Common;

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
    public GenerateBlockInputValidator(TimeProvider clock)
    {
        RuleFor(x => x.StartDate).NotNull().WithMessage("Pick the first day of the block.")
            .Must(date => date is null || DateOnly.FromDateTime(date.Value) >= clock.EarliestToday())
            .WithMessage(StartInThePast)
            .Must(date => date is null || DateOnly.FromDateTime(date.Value) <= LatestStart(clock))
            .WithMessage("Start within the next two years.");
        RuleFor(x => x.Weeks).InclusiveBetween(1, 16).WithMessage("A block lasts 1 to 16 weeks.").When(x => !x.ForRace);
        When(x => x.ForRace, () =>
        {
            RuleFor(x => x.Distance).IsInEnum().WithMessage("Pick 5 km, 10 km, half marathon or marathon.");
            RuleFor(x => x.RaceDate).NotNull().WithMessage("Pick the race date.")
                .Must(date => date is null || DateOnly.FromDateTime(date.Value) >= clock.EarliestToday())
                .WithMessage("The race date is in the past: pick a coming race.")
                .DependentRules(() => RuleFor(x => x.RaceDate).Custom((_, context) =>
                {
                    if (SpanProblem(context.InstanceToValidate) is { } problem)
                    {
                        context.AddFailure(nameof(GenerateBlockInput.RaceDate), problem);
                    }
                }));
            RuleFor(x => x.GoalTime).Custom((text, context) =>
            {
                if (GoalProblem(context.InstanceToValidate.Distance, text) is { } problem)
                {
                    context.AddFailure(nameof(GenerateBlockInput.GoalTime), problem);
                }
            });
        });
    }

    // A plan years ahead is a typing slip; a date near the calendar's end would overflow the session dates.
    public const string StartInThePast = "Start today or later: the past is already logged or gone.";

    public static DateOnly LatestStart(TimeProvider clock) => clock.EarliestToday().AddYears(2);

    // R31: the race must fall between the distance's minimum weeks and 24 weeks after the start.
    private static string? SpanProblem(GenerateBlockInput input)
    {
        if (input.StartDate is null || input.RaceDate is null || !Enum.IsDefined(input.Distance))
        {
            return null;
        }

        var (start, race) = (input.Start, DateOnly.FromDateTime(input.RaceDate.Value));
        var (earliest, latest) = (GenerateBlockInput.EarliestRaceDate(start, input.Distance), GenerateBlockInput.LatestRaceDate(start));
        var name = RaceText.Name(input.Distance);
        return race < earliest
            ? $"Too near: a {name.ToLowerInvariant()} needs {R31RaceBlockLength.MinWeeks(input.Distance)} weeks of preparation. Pick {IsoDate.Of(earliest)} or later, or start earlier."
            : race > latest
                ? $"Too far: a race block covers at most {R31RaceBlockLength.MaxWeeks} weeks. Pick {IsoDate.Of(latest)} or earlier, or start later."
                : null;
    }

    private static string? GoalProblem(RaceDistance distance, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!RaceText.TryParseGoal(text, out var goal))
        {
            return "Write the goal time as h:mm:ss, e.g. 3:45:00, or leave it empty.";
        }

        var name = RaceText.Name(distance).ToLowerInvariant();
        return goal < RaceGoalBounds.Fastest(distance)
            ? $"That is faster than the {name} world record ({RaceText.Time(RaceGoalBounds.Fastest(distance))}); check the time."
            : goal > RaceGoalBounds.Slowest(distance)
                ? $"Goal times up to {RaceText.Time(RaceGoalBounds.Slowest(distance))} are planned for a {name}; leave it empty to plan without one."
                : null;
    }
}
