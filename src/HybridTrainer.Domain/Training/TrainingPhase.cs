namespace HybridTrainer.Domain.Training;

/// <summary>The phase a week of a race block belongs to (R32); open blocks have none.</summary>
public enum TrainingPhase
{
    Base,
    Build,
    Taper,
}
