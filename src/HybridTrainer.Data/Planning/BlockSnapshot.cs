namespace HybridTrainer.Data.Planning;

/// <summary>
/// The engine's block-level figures at generation time, stored as jsonb (see ADR 3). A saved block is its own truth:
/// checking it, proposing a downgrade in it or building the next block from it reads these figures, never a block
/// regenerated from today's profile (which may have changed since).
/// </summary>
public class BlockSnapshot
{
    public double? Vdot { get; set; }

    /// <summary>Week 1's training maxes (R19, after any R22 step or stall carried in from the previous block).</summary>
    public decimal SquatTrainingMaxKg { get; set; }

    public decimal BenchPressTrainingMaxKg { get; set; }

    public decimal DeadliftTrainingMaxKg { get; set; }

    public decimal OverheadPressTrainingMaxKg { get; set; }

    public int ProteinGramsPerDay { get; set; }

    public List<BlockWarning> Warnings { get; set; } = [];

    /// <summary>Each programme week's wave week and training maxes, as generated.</summary>
    public List<BlockWeekFigures> Weeks { get; set; } = [];

    /// <summary>Training paces (C3) the sessions were written with; null without a 5 km time.</summary>
    public BlockPaces? Paces { get; set; }

    /// <summary>Heart-rate targets (C4) the sessions were written with; null without a birth year.</summary>
    public BlockHeartRate? HeartRate { get; set; }

    /// <summary>R26's line as a stored reason (see <see cref="StoredReason"/>); older rows hold the English sentence.</summary>
    public string? SleepTarget { get; set; }

    /// <summary>The predicted time over the race distance at generation (R39), in seconds; null for an open block.</summary>
    public double? PredictedRaceSeconds { get; set; }

    /// <summary>Whether race-pace work was written at the goal pace (R39); false without a goal or with an ambitious one.</summary>
    public bool RaceUsesGoalPace { get; set; }

    /// <summary>The profile and history the engine was given; null for blocks saved before they were kept.</summary>
    public BlockInput? Input { get; set; }
}
