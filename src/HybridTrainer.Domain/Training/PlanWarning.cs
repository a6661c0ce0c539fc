namespace HybridTrainer.Domain.Training;

/// <summary>
/// Something the athlete should know, with the rule behind it and what they can do about it, as a <see cref="Training.Reason"/>
/// the web words in the reader's language.
/// </summary>
public sealed record PlanWarning(string Rule, Reason Reason);
