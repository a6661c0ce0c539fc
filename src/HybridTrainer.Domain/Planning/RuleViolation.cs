using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Planning;

/// <summary>A rule the plan breaks: the rule id (e.g. "R5"), the sessions involved and a sentence a coach understands.</summary>
public sealed record RuleViolation(string Rule, IReadOnlyList<PlannedSession> Sessions, string Message)
{
    /// <summary>The programme week (1-based) it belongs to: its first session's, or the week it is about; null outside the block.</summary>
    public int? Week { get; init; }
}
