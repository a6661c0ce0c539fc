using HybridTrainer.Domain.Training;

namespace HybridTrainer.Data.Planning;

/// <summary>A main lift's strength test as the engine read it for a saved block (R19).</summary>
public class BlockLiftTest
{
    public MainLift Lift { get; set; }

    public decimal WeightKg { get; set; }

    public int Reps { get; set; }
}
