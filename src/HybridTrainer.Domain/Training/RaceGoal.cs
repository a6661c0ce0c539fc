namespace HybridTrainer.Domain.Training;

/// <summary>A race to build towards (R31): distance, date and, optionally, the time the athlete hopes for.</summary>
public sealed record RaceGoal(RaceDistance Distance, DateOnly RaceDate, TimeSpan? GoalTime = null);
