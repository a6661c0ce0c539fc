using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Planning;

/// <summary>
/// A rule the plan breaks: the rule id (e.g. "R5"), the sessions involved and what to tell a coach, as a
/// <see cref="Training.Reason"/> (a key of <see cref="ReasonKeys"/> with its arguments) the web words in the reader's language.
/// </summary>
public sealed record RuleViolation(string Rule, IReadOnlyList<PlannedSession> Sessions, Reason Reason)
{
    /// <summary>The programme week (1-based) it belongs to: its first session's, or the week it is about; null outside the block.</summary>
    public int? Week { get; init; }
}
