using HybridTrainer.Domain.Training;

namespace HybridTrainer.Data.Planning;

/// <summary>A logged AMRAP top set a saved block was built on (R22 stall rule).</summary>
public class BlockAmrap
{
    public MainLift Lift { get; set; }

    public DateOnly Date { get; set; }

    public int PrescribedReps { get; set; }

    public int RepsDone { get; set; }
}
