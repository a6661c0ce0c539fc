namespace HybridTrainer.Web.Features.Plan;

public sealed record SavedBlock(Guid BlockId, DateOnly StartDate, int SessionsSaved, int DatesKeptForLoggedSessions);

internal static class PlanMessages
{
    /// <summary>The English wording of PlanText's ProfileIncomplete; the service answers in the reader's language.</summary>
    public const string ProfileIncomplete =
        "Your profile is missing something the plan needs (body weight, running base, all four lift maxes, at least 3 days). Finish it first.";
}
