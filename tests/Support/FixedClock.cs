namespace HybridTrainer.Tests.Support;

/// <summary>A clock stopped at one instant, for rules that move with the calendar.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
