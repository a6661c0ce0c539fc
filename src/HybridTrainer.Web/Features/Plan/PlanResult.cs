namespace HybridTrainer.Web.Features.Plan;

/// <summary>Either a value or a message for the athlete, never an exception for an expected situation.</summary>
public sealed record PlanResult<T>(T? Value, string? Error);

internal static class PlanResult
{
    public static PlanResult<T> Ok<T>(T value) => new(value, null);

    public static PlanResult<T> Fail<T>(string error) => new(default, error);
}

public sealed record SavedBlock(Guid BlockId, DateOnly StartDate, int SessionsSaved, int DatesKeptForLoggedSessions);

internal static class PlanMessages
{
    public const string NotFound = "That athlete does not exist, or their plan is not yours to change.";

    public const string ProfileIncomplete =
        "Your profile is missing something the plan needs (body weight, running base, all four lift maxes, at least 3 days). Finish it first.";
}
