namespace HybridTrainer.Domain.Adaptation;

/// <summary>Which R27 readiness trigger fired.</summary>
public enum ReadinessTrigger
{
    ShortSleep,
    SoreMuscles,
    LowWellness,
    LowHrv,
    HighRestingHeartRate,
}
