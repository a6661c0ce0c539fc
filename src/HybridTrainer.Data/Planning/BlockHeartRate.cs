namespace HybridTrainer.Data.Planning;

/// <summary>A saved block's heart-rate targets for easy runs (C4).</summary>
public class BlockHeartRate
{
    public double MaxBpm { get; set; }

    public int? RestingBpm { get; set; }

    public int RecoveryLowBpm { get; set; }

    public int RecoveryHighBpm { get; set; }

    public int SteadyLowBpm { get; set; }

    public int SteadyHighBpm { get; set; }
}
