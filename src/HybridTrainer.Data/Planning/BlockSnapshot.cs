namespace HybridTrainer.Data.Planning;

/// <summary>The engine's block-level figures at generation time, stored as jsonb (see ADR 3).</summary>
public class BlockSnapshot
{
    public double? Vdot { get; set; }

    public decimal SquatTrainingMaxKg { get; set; }

    public decimal BenchPressTrainingMaxKg { get; set; }

    public decimal DeadliftTrainingMaxKg { get; set; }

    public decimal OverheadPressTrainingMaxKg { get; set; }

    public int ProteinGramsPerDay { get; set; }

    public List<BlockWarning> Warnings { get; set; } = [];
}
