namespace HybridTrainer.Domain.Progress;

/// <summary>A recorded run with its average heart rate.</summary>
public readonly record struct HeartRateRun(DateOnly Date, double Kilometres, double MovingSeconds, int AverageHeartRate);

/// <summary>
/// Easy pace at a given heart rate: aerobic fitness shows as a faster pace for the same heart rate. Per week, the pace
/// (total time over total distance) of the runs whose average heart rate falls in the easy band (C4, the athlete's
/// steady zone). [PRODUCT] runs shorter than 2 km are left out: their average heart rate has not settled.
/// </summary>
public static class EasyPaceAtHeartRate
{
    public const double MinimumKilometres = 2;

    public static IReadOnlyList<DatedValue> Weekly(IEnumerable<HeartRateRun> runs, int lowBpm, int highBpm)
    {
        ArgumentNullException.ThrowIfNull(runs);
        return [.. runs
            .Where(r => r.Kilometres >= MinimumKilometres && r.MovingSeconds > 0 && r.AverageHeartRate >= lowBpm && r.AverageHeartRate <= highBpm)
            .GroupBy(r => Time.LocalDays.MondayOf(r.Date))
            .OrderBy(g => g.Key)
            .Select(g => new DatedValue(g.Key, (decimal)Math.Round(g.Sum(r => r.MovingSeconds) / g.Sum(r => r.Kilometres))))];
    }
}
