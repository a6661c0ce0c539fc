namespace HybridTrainer.Domain.Training;

/// <summary>Where an exercise sits in a 5/3/1 session (R20, R23).</summary>
public enum ExerciseRole
{
    Main,
    Supplemental,
    Assistance,
}
