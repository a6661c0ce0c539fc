namespace HybridTrainer.Activities.Fit;

internal static class FitTime
{
    private static readonly DateTimeOffset Epoch = new(1989, 12, 31, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Below this, a FIT date_time counts seconds since the device was switched on, not since the epoch.</summary>
    private const double MinAbsolute = 0x10000000;

    public static DateTimeOffset? ToUtc(double? fitSeconds) =>
        fitSeconds is { } s && s >= MinAbsolute ? Epoch.AddSeconds(s) : null;
}
