using HybridTrainer.Domain.Training;

namespace HybridTrainer.Data.Planning;

/// <summary>A saved, generated block: what the engine computed once (kept as a snapshot) and its sessions as rows.</summary>
public class TrainingBlock
{
    public Guid Id { get; set; }

    public Guid AthleteId { get; set; }

    public DateOnly StartDate { get; set; }

    public int Weeks { get; set; }

    public BlockSnapshot Snapshot { get; set; } = new();

    /// <summary>The race the block builds towards (R31); null, with the date and goal, for an open block.</summary>
    public RaceDistance? RaceDistance { get; set; }

    public DateOnly? RaceDate { get; set; }

    /// <summary>The athlete's goal time for the race, when they gave one (R39).</summary>
    public TimeSpan? RaceGoalTime { get; set; }

    /// <summary>The race as the engine takes it; null for an open block.</summary>
    public RaceGoal? RaceGoal() => RaceGoals.Of(RaceDistance, RaceDate, RaceGoalTime);

    public Guid? CreatedByUserId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<PlannedSession> Sessions { get; } = [];
}
