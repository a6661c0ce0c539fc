namespace HybridTrainer.Web.Features.PlanPreview;

/// <summary>
/// The public plan preview request. Every field is nullable so that a missing value reaches the validator and is
/// reported under its JSON path, instead of failing deserialization without saying which field is wrong.
/// </summary>
public sealed record PlanPreviewRequest(
    decimal? BodyWeightKg,
    int? BirthYear,
    int? RestingHeartRate,
    int? RunningBaseWeeks,
    string? FiveKmTime,
    PlanPreviewLifts? Lifts,
    IReadOnlyList<DayOfWeek>? AvailableDays,
    DateOnly? StartDate,
    int? Weeks,
    PlanPreviewHistory? History)
{
    public const int DefaultWeeks = 4;
}

/// <summary>The strength test for each of the four main lifts; all four are required.</summary>
public sealed record PlanPreviewLifts(PlanPreviewLift? Squat, PlanPreviewLift? BenchPress, PlanPreviewLift? Deadlift, PlanPreviewLift? OverheadPress);

/// <summary>Either a tested <see cref="OneRepMaxKg"/> or a rep test of <see cref="WeightKg"/> × <see cref="Reps"/>.</summary>
public sealed record PlanPreviewLift(decimal? OneRepMaxKg, decimal? WeightKg, int? Reps);

/// <summary>Recent training, oldest week first.</summary>
public sealed record PlanPreviewHistory(IReadOnlyList<int>? WeeklyLoadsAu, IReadOnlyList<int>? WeeklyRunMinutes);
