using FluentValidation;
using HybridTrainer.Domain.Time;

namespace HybridTrainer.Web.Features.Plan;

public sealed class GenerateBlockInput
{
    /// <summary>A date (the time part is ignored); DateTime because the date picker binds to it.</summary>
    public DateTime? StartDate { get; set; }

    public DateOnly Start => DateOnly.FromDateTime(StartDate ?? throw new InvalidOperationException("Validate the input first."));

    public int Weeks { get; set; } = 4;
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
        RuleFor(x => x.Weeks).InclusiveBetween(1, 16).WithMessage("A block lasts 1 to 16 weeks.");
    }

    // A plan years ahead is a typing slip; a date near the calendar's end would overflow the session dates.
    public const string StartInThePast = "Start today or later: the past is already logged or gone.";

    public static DateOnly LatestStart(TimeProvider clock) => clock.EarliestToday().AddYears(2);
}
