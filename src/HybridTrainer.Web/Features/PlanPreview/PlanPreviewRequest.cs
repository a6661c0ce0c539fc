namespace HybridTrainer.Web.Features.PlanPreview;

/// <summary>
/// The public plan preview request. Every field is nullable so that a missing value reaches the validator and is
/// reported under its JSON path, instead of failing deserialization without saying which field is wrong.
/// Parameters with a default are the optional ones, which is also how the OpenAPI schema tells them apart.
/// </summary>
public sealed record PlanPreviewRequest(
    decimal? BodyWeightKg,
    int? RunningBaseWeeks,
    PlanPreviewLifts? Lifts,
    IReadOnlyList<DayOfWeek>? AvailableDays,
    DateOnly? StartDate,
    int? BirthYear = null,
    int? RestingHeartRate = null,
    string? FiveKmTime = null,
    int? Weeks = null,
    PlanPreviewHistory? History = null,
    PlanPreviewRace? Race = null) : IRaceGoalRequest
{
    /// <summary>The block's length when <see cref="Weeks"/> is left out of an open block; a race block runs to the race week.</summary>
    public const int DefaultWeeks = 4;

    /// <summary>At most one entry per weekday in <see cref="AvailableDays"/>; the history's lists hold at most <see cref="PlanPreviewHistoryValidator.MaximumWeeks"/>.</summary>
    public const int MaximumAvailableDays = 7;
}

/// <summary>The strength test for each of the four main lifts; all four are required.</summary>
public sealed record PlanPreviewLifts(PlanPreviewLift? Squat, PlanPreviewLift? BenchPress, PlanPreviewLift? Deadlift, PlanPreviewLift? OverheadPress);

/// <summary>Either a tested <see cref="OneRepMaxKg"/> or a rep test of <see cref="WeightKg"/> × <see cref="Reps"/>.</summary>
public sealed record PlanPreviewLift(decimal? OneRepMaxKg = null, decimal? WeightKg = null, int? Reps = null);

/// <summary>Recent training, oldest week first.</summary>
public sealed record PlanPreviewHistory(IReadOnlyList<int>? WeeklyLoadsAu = null, IReadOnlyList<int>? WeeklyRunMinutes = null);
