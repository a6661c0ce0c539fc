namespace HybridTrainer.Domain.Training;

public enum LiftFocus
{
    Upper,
    Lower,
    FullBody,
}
