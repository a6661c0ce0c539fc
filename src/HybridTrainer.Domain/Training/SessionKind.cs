namespace HybridTrainer.Domain.Training;

public enum SessionKind
{
    Run,
    Lift,
}
