namespace HybridTrainer.Data.Planning;

/// <summary>A saved block's training paces (C3), in seconds per km.</summary>
public class BlockPaces
{
    public int RecoveryFastSecondsPerKm { get; set; }

    public int RecoverySlowSecondsPerKm { get; set; }

    public int SteadyFastSecondsPerKm { get; set; }

    public int SteadySlowSecondsPerKm { get; set; }

    public int RepetitionSecondsPerKm { get; set; }
}
