using FluentValidation;
using HybridTrainer.Domain.Athletes;
using HybridTrainer.Domain.Time;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.Profile;

/// <summary>Step 4: the weekdays the athlete can train, and what they want most.</summary>
public sealed class ScheduleStepInput
{
    public HashSet<DayOfWeek> AvailableDays { get; set; } = [];

    public Goal Goal { get; set; } = Goal.Balanced;

    /// <summary>The IANA time zone the athlete's days turn over in.</summary>
    public string TimeZone { get; set; } = TimeZones.Utc;

    /// <summary>Monday first, as the week view shows them.</summary>
    public static IReadOnlyList<DayOfWeek> Week { get; } =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public List<DayOfWeek> OrderedDays() => [.. Week.Where(AvailableDays.Contains)];
}

public sealed class ScheduleStepInputValidator : AbstractValidator<ScheduleStepInput>
{
    public const int MinimumDays = 3;

    public ScheduleStepInputValidator(IStringLocalizer<ProfileText> text)
    {
        RuleFor(x => x.AvailableDays)
            .Must(days => days.Count >= MinimumDays && days.All(Enum.IsDefined))
            .WithMessage(_ => text["DaysMinimum", MinimumDays]);
        RuleFor(x => x.Goal).IsInEnum().WithMessage(_ => text["GoalRequired"]);
        RuleFor(x => x.TimeZone).Must(TimeZones.IsKnown)
            .WithMessage(_ => text["TimeZoneUnknown"]);
    }
}
