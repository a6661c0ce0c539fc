namespace HybridTrainer.Domain.Training;

/// <summary>Something the athlete should know, with the rule behind it and what they can do about it.</summary>
public sealed record PlanWarning(string Rule, string Message);
