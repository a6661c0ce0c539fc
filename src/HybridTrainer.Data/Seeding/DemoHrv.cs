namespace HybridTrainer.Data.Seeding;

/// <summary>
/// A demo athlete's morning HRV (ln rMSSD), in hundredths: a baseline, a weekly rhythm that sums to exactly zero over
/// any 7 consecutive days, and ±0.01 noise. Any 7-day mean is the baseline within 0.01, so R27's low-HRV trigger
/// (7-day mean under the 28-day mean − 0.5 SD) cannot fire, and the demo keeps its one readiness flag.
/// </summary>
internal sealed class DemoHrv
{
    private readonly Random _random;
    private readonly int _baseline;
    private readonly int[] _rhythm;

    public DemoHrv(Random random)
    {
        _random = random;
        _baseline = (int)Math.Round(DemoLife.Between(random, DemoLife.HrvBaselineLow, DemoLife.HrvBaselineHigh) * 100);
        var raw = Enumerable.Range(0, 7).Select(_ => DemoLife.Normal(random, 1)).ToArray();
        var mean = raw.Average();
        var rms = Math.Sqrt(raw.Average(x => (x - mean) * (x - mean)));
        _rhythm = [.. raw.Select(x => (int)Math.Round((x - mean) / rms * DemoLife.HrvWeeklySpread * 100))];
        // Rounding to hundredths may leave a remainder: the last day takes it, so the week sums to zero.
        _rhythm[6] -= _rhythm.Sum();
    }

    public double On(DateOnly day) =>
        (_baseline + _rhythm[day.DayNumber % 7] + _random.Next(-DemoLife.HrvNoiseHundredths, DemoLife.HrvNoiseHundredths + 1)) / 100.0;
}
