namespace HybridTrainer.Domain.Training;

/// <summary>The four 5/3/1 main lifts (R4).</summary>
public enum MainLift
{
    Squat,
    BenchPress,
    Deadlift,
    OverheadPress,
}
