using HybridTrainer.Domain.Adaptation;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Rules;

/// <summary>
/// R27 Readiness downgrade: on a day with a planned H session, if any trigger fires (sleep &lt; 6 h, soreness ≥ 7,
/// McLean wellness ≤ 12/25, 7-day HRV below baseline − 0.5 SD, resting HR ≥ baseline + 7 on 2 mornings), propose
/// its easy equivalent: series or hills → a 20–40 min recovery run; a heavy lift → the same lifts at deload
/// percentages, or upper-body only when the legs are sore. Cut-offs are [PRODUCT].
/// </summary>
public static class R27ReadinessDowngrade
{
    public const string Id = "R27";

    public const double MinimumSleepHours = 6.0;
    public const int SorenessThreshold = 7;
    public const int WellnessThreshold = 12;
    public const double HrvSdFraction = 0.5;
    public const int HrvWindowDays = 7;
    public const int HrvBaselineDays = 28;
    public const int HrvMinimumReadingsPerWeek = 3;
    public const int RestingHeartRateRise = 7;
    public const int RestingHeartRateBaselineDays = 28;
    public const int ReplacementRecoveryMinutes = 30;

    /// <summary>Triggers firing on <paramref name="date"/>, each with a reason the web words for the athlete.</summary>
    public static List<(ReadinessTrigger Trigger, Reason Reason)> TriggersOn(
        DateOnly date, IReadOnlyList<RecoveryEntry> entries, int? profileRestingHeartRate)
    {
        var fired = new List<(ReadinessTrigger, Reason)>();
        var today = entries.LastOrDefault(e => e.Date == date);
        if (today?.SleepHours is { } sleep && sleep < MinimumSleepHours)
        {
            fired.Add((ReadinessTrigger.ShortSleep, new Reason(ReasonKeys.ReadinessShortSleep, ReasonArguments.Of(sleep, "0.#"), ReasonArguments.Of(MinimumSleepHours, "0"))));
        }

        if (today?.SorenessLegs is { } sore && sore >= SorenessThreshold)
        {
            fired.Add((ReadinessTrigger.SoreMuscles, new Reason(ReasonKeys.ReadinessSoreLegs, ReasonArguments.Of(sore))));
        }

        if (today?.Wellness is { } wellness && wellness.Total <= WellnessThreshold)
        {
            fired.Add((ReadinessTrigger.LowWellness, new Reason(ReasonKeys.ReadinessLowWellness, ReasonArguments.Of(wellness.Total))));
        }

        if (HrvIsLow(date, entries))
        {
            fired.Add((ReadinessTrigger.LowHrv, new Reason(ReasonKeys.ReadinessLowHrv)));
        }

        if (RestingHeartRateIsHigh(date, entries, profileRestingHeartRate))
        {
            fired.Add((ReadinessTrigger.HighRestingHeartRate, new Reason(ReasonKeys.ReadinessHighRestingHeartRate, ReasonArguments.Of(RestingHeartRateRise))));
        }

        return fired;
    }

    public static bool HrvIsLow(DateOnly date, IReadOnlyList<RecoveryEntry> entries)
    {
        var window = Readings(entries, date.AddDays(1 - HrvWindowDays), date, e => e.HrvLnRmssd);
        var baseline = Readings(entries, date.AddDays(1 - HrvWindowDays - HrvBaselineDays), date.AddDays(-HrvWindowDays), e => e.HrvLnRmssd);
        if (window.Count < HrvMinimumReadingsPerWeek || baseline.Count < HrvMinimumReadingsPerWeek * (HrvBaselineDays / 7))
        {
            return false;
        }

        var mean = baseline.Average();
        var sd = Math.Sqrt(baseline.Average(x => (x - mean) * (x - mean)));
        return window.Average() < mean - (HrvSdFraction * sd);
    }

    public static bool RestingHeartRateIsHigh(DateOnly date, IReadOnlyList<RecoveryEntry> entries, int? profileRestingHeartRate)
    {
        var recent = Readings(entries, date.AddDays(-1), date, e => e.RestingHeartRate);
        var baseline = Readings(entries, date.AddDays(-1 - RestingHeartRateBaselineDays), date.AddDays(-2), e => e.RestingHeartRate);
        double? normal = baseline.Count >= 3 ? baseline.Average() : profileRestingHeartRate;
        return normal is { } n && recent.Count == 2 && recent.All(hr => hr >= n + RestingHeartRateRise);
    }

    private static List<double> Readings(IReadOnlyList<RecoveryEntry> entries, DateOnly from, DateOnly to, Func<RecoveryEntry, double?> value)
    {
        var readings = new List<double>();
        foreach (var entry in entries)
        {
            if (entry.Date >= from && entry.Date <= to && value(entry) is { } reading)
            {
                readings.Add(reading);
            }
        }

        return readings;
    }
}
