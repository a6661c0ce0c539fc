using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Adaptation;

/// <summary>
/// C8 readiness score, display only [PRODUCT]: the mean of normalised sleep (h/8), soreness ((10 − s)/10, the sorer
/// of legs and upper body), wellness ((McLean − 5)/20) and HRV (0.5 + z/2 against the athlete's baseline), 0–100.
/// Missing measures are left out. Downgrade decisions use the explicit R27 triggers, never this score.
/// </summary>
public static class ReadinessScore
{
    public const double SleepHoursForFullScore = 8;

    public static int? For(RecoveryEntry entry, double? hrvBaselineMean = null, double? hrvBaselineSd = null)
    {
        ArgumentNullException.ThrowIfNull(entry);
        double sum = 0;
        var parts = 0;
        if (entry.SleepHours is { } sleep)
        {
            (sum, parts) = (sum + Math.Min(sleep / SleepHoursForFullScore, 1), parts + 1);
        }

        if (Math.Max(entry.SorenessLegs ?? -1, entry.SorenessUpper ?? -1) is var sore and >= 0)
        {
            (sum, parts) = (sum + ((10 - sore) / 10.0), parts + 1);
        }

        if (entry.Wellness is { } wellness)
        {
            (sum, parts) = (sum + ((wellness.Total - 5) / 20.0), parts + 1);
        }

        if (entry.HrvLnRmssd is { } hrv && hrvBaselineMean is { } mean && hrvBaselineSd is > 0 and var sd)
        {
            (sum, parts) = (sum + Math.Clamp(0.5 + ((hrv - mean) / (2 * sd)), 0, 1), parts + 1);
        }

        return parts == 0 ? null : (int)Math.Round(100 * sum / parts, MidpointRounding.AwayFromZero);
    }
}
