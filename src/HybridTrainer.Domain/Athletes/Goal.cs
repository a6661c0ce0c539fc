namespace HybridTrainer.Domain.Athletes;

/// <summary>What the athlete wants most from the hybrid block.</summary>
public enum Goal
{
    /// <summary>Grow muscle while keeping the running base.</summary>
    BuildMuscle,

    /// <summary>Equal weight on strength and endurance.</summary>
    Balanced,

    /// <summary>Run better while keeping the strength gained.</summary>
    RunStronger,
}
