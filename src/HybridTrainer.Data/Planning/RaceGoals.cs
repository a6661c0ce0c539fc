using HybridTrainer.Domain.Training;

namespace HybridTrainer.Data.Planning;

/// <summary>A stored block's race columns as the engine's race goal, one way for every reader.</summary>
public static class RaceGoals
{
    /// <summary>The race when both distance and date are stored; null for an open block.</summary>
    public static RaceGoal? Of(RaceDistance? distance, DateOnly? date, TimeSpan? goalTime) =>
        distance is { } d && date is { } day ? new RaceGoal(d, day, goalTime) : null;
}
