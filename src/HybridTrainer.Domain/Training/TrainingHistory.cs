namespace HybridTrainer.Domain.Training;

/// <summary>
/// What happened before the block, oldest first: weekly session-RPE loads (R17), weekly run minutes (R16),
/// logged AMRAPs (R22 stall rule), and optionally where the previous block left the training maxes.
/// </summary>
public sealed record TrainingHistory(
    IReadOnlyList<int> WeeklyLoadsAu,
    IReadOnlyList<int> WeeklyRunMinutes,
    IReadOnlyList<AmrapResult> AmrapResults)
{
    public static TrainingHistory Empty { get; } = new([], [], []);

    /// <summary>Training maxes of the previous block's last week; null starts from 0.9 × 1RM.</summary>
    public TrainingMaxes? PreviousTrainingMaxes { get; init; }

    /// <summary>True when the previous block ended on a deload week, so the +2.5/+5 kg step is due (R22).</summary>
    public bool PreviousWaveCompleted { get; init; }

    /// <summary>Sprint-series sessions already done since the novice gate opened (R10 first-two rule).</summary>
    public int IntervalSessionsDone { get; init; }

    /// <summary>Hill sessions already done since the novice gate opened (R12 first-hill rule).</summary>
    public int HillSessionsDone { get; init; }
}
