namespace HybridTrainer.Tests.Support;

/// <summary>
/// The one instant a test run lives at: noon UTC of the day the run started, read once. Every test app runs on a
/// FakeTimeProvider set to it and every test computes its dates from it, so a run that crosses midnight sees one day
/// throughout. Browser cookies stay valid because the instant is today's.
/// </summary>
public static class TestClock
{
    public static DateTimeOffset Start { get; } = new(TimeProvider.System.GetUtcNow().UtcDateTime.Date.AddHours(12), TimeSpan.Zero);

    public static DateOnly Today { get; } = DateOnly.FromDateTime(Start.UtcDateTime);
}
