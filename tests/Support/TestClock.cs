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

    /// <summary>
    /// The machine's clock, only for what runs on it outside the app's control: Identity's authenticator codes and
    /// the handshake with an OpenID Connect provider (and the browser's cookies around it). Nothing else may use it.
    /// </summary>
    public static TimeProvider Real => TimeProvider.System;
}
