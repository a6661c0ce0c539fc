namespace HybridTrainer.Domain.Progress;

/// <summary>The muscle groups the hypertrophy-volume rule counts hard sets for.</summary>
public enum MuscleGroup
{
    Quadriceps,
    Hamstrings,
    Glutes,
    Calves,
    Chest,
    Back,
    Shoulders,
    Arms,
}
