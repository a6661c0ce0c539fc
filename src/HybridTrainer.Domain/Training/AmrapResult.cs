namespace HybridTrainer.Domain.Training;

/// <summary>A logged AMRAP top set (R22 stall rule): it failed when fewer reps than prescribed were done.</summary>
public sealed record AmrapResult(MainLift Lift, DateOnly Date, int PrescribedReps, int RepsDone)
{
    public bool Failed => RepsDone < PrescribedReps;
}
