namespace HybridTrainer.Domain.Planning;

/// <summary>What a training day holds in the weekly template (R2).</summary>
internal enum SlotRole
{
    /// <summary>fbA (squat + bench) with 2 lift days, lower with 3.</summary>
    LiftA,

    /// <summary>fbB (deadlift + press) with 2 lift days, full with 3.</summary>
    LiftB,

    LiftUpper,
    Quality,
    Steady,
    Recovery,
}
