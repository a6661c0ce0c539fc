using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Planning;

/// <summary>A rule the plan breaks: the rule id (e.g. "R5"), the sessions involved and a sentence a coach understands.</summary>
public sealed record RuleViolation(string Rule, IReadOnlyList<PlannedSession> Sessions, string Message);
