namespace HybridTrainer.Activities;

public enum ActivitySport
{
    Running,
    Walking,
    Cycling,
    Swimming,
    Rowing,
    Other,
}
