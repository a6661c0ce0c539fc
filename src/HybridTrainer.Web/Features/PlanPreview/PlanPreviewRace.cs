using System.Text.Json.Serialization;

namespace HybridTrainer.Web.Features.PlanPreview;

/// <summary>
/// The race a preview builds towards (R31). Written as text so that an unknown distance or a malformed date or time
/// reaches the validator and is answered under its own field with the format that works.
/// </summary>
/// <param name="Distance">FiveK, TenK, HalfMarathon or Marathon.</param>
/// <param name="Date">Race day, yyyy-MM-dd.</param>
/// <param name="GoalTime">Optional goal, h:mm:ss (or mm:ss).</param>
public sealed record PlanPreviewRace(string? Distance, string? Date, string? GoalTime = null);

/// <summary>
/// The race in the answer: the predicted time over its distance from the current VDOT (R39), the goal as sent, and
/// whether race-pace work uses it (goal VDOT at most 2 above the current one).
/// </summary>
public sealed record PlanPreviewRaceResult(
    string Distance,
    DateOnly Date,
    string PredictedTime,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? GoalTime,
    bool GoalPaceUsed);
