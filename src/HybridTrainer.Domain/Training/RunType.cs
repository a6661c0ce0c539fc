namespace HybridTrainer.Domain.Training;

public enum RunType
{
    Steady,
    Recovery,
    Interval,
    Hill,
}
