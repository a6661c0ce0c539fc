namespace HybridTrainer.Activities.Gpx;

/// <summary>
/// GPX records no timer, so pauses are inferred: a gap of more than a minute between two timed points, over which the
/// athlete moved slower than 0.5 m/s (slower than any walk), is a stop; so is the time between segments. Shorter stops
/// count as moving, as a watch without auto-pause would count them.
/// </summary>
internal static class PauseRule
{
    public static readonly TimeSpan LongestUnbrokenGap = TimeSpan.FromSeconds(60);

    public const double SlowestMovingMetersPerSecond = 0.5;

    public static bool IsPause(TimeSpan gap, double metersCovered) =>
        gap > LongestUnbrokenGap && metersCovered / gap.TotalSeconds < SlowestMovingMetersPerSecond;
}
