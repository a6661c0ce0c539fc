using HybridTrainer.Domain.Athletes;

namespace HybridTrainer.Data.Planning;

/// <summary>
/// What the engine was given when a block was generated: the profile as it was then and the logged history the block
/// was built on. The checker judges the block against this, and the next block carries its older weeks forward.
/// </summary>
public class BlockInput
{
    public decimal BodyWeightKg { get; set; }

    public int? BirthYear { get; set; }

    public int? RestingHeartRate { get; set; }

    public int RunningBaseWeeks { get; set; }

    public double? FiveKmSeconds { get; set; }

    public Goal Goal { get; set; }

    public List<DayOfWeek> AvailableDays { get; set; } = [];

    public List<BlockLiftTest> Lifts { get; set; } = [];

    public List<int> WeeklyLoadsAu { get; set; } = [];

    public List<int> WeeklyRunMinutes { get; set; } = [];

    public List<BlockAmrap> Amraps { get; set; } = [];

    /// <summary>Where the previous block left the training maxes; null when the block started from 0.9 × 1RM.</summary>
    public BlockTrainingMaxes? PreviousTrainingMaxes { get; set; }

    public bool PreviousWaveCompleted { get; set; }

    public int IntervalSessionsDone { get; set; }

    public int HillSessionsDone { get; set; }
}
