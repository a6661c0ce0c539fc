using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Adaptation;

/// <summary>
/// A proposed readiness downgrade (R27): which session, what to do instead, and why (one reason per trigger, in the
/// triggers' order, which the web words and joins). A proposal only; the athlete or coach accepts it with
/// <see cref="ReadinessAdvisor.Apply"/> or ignores it.
/// </summary>
public sealed record DowngradeProposal(
    PlannedSession Session,
    PlannedSession Replacement,
    IReadOnlyList<Reason> Reasons,
    IReadOnlyList<ReadinessTrigger> Triggers)
{
    /// <summary>The first trigger that fired.</summary>
    public ReadinessTrigger Trigger => Triggers[0];
}
