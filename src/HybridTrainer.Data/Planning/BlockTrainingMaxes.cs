namespace HybridTrainer.Data.Planning;

/// <summary>Training maxes per main lift in kg, as the previous block left them (R22).</summary>
public class BlockTrainingMaxes
{
    public decimal SquatKg { get; set; }

    public decimal BenchPressKg { get; set; }

    public decimal DeadliftKg { get; set; }

    public decimal OverheadPressKg { get; set; }
}
