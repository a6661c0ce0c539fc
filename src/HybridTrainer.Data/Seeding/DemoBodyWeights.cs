using HybridTrainer.Domain.Athletes;
using HybridTrainer.Domain.Time;

namespace HybridTrainer.Data.Seeding;

/// <summary>A morning scale reading of a demo athlete.</summary>
public sealed record DemoWeighIn(DateOnly Date, decimal Kg);

/// <summary>
/// The demo athletes' body weight, one reading a morning over the seeded history: muscle-goal athletes drift up
/// 0.1–0.3 kg a week, the others hold their weight, and every reading wobbles like a real scale's.
/// </summary>
public static class DemoBodyWeights
{
    /// <summary>
    /// Readings from the first day of the history (eight weeks before this week's Monday) to <paramref name="today"/>,
    /// the athlete's own today; the same date always gives the same series. The profile holds the last reading.
    /// </summary>
    public static IReadOnlyList<DemoWeighIn> For(DemoAthlete demo, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(demo);
        var random = DemoLife.RandomFor(demo.Account.Email, today, "weight");
        var weeklyGain = demo.Goal == Goal.BuildMuscle
            ? DemoLife.Between(random, DemoLife.MuscleGainLowKgPerWeek, DemoLife.MuscleGainHighKgPerWeek)
            : 0.0;
        var start = HistoryStart(today);
        var readings = new List<DemoWeighIn>();
        for (var day = start; day <= today; day = day.AddDays(1))
        {
            var trend = (double)demo.BodyWeightKg + (weeklyGain * (day.DayNumber - start.DayNumber) / 7.0);
            var reading = trend + DemoLife.Normal(random, DemoLife.ScaleNoiseKg);
            readings.Add(new DemoWeighIn(day, Math.Round((decimal)reading, 1, MidpointRounding.AwayFromZero)));
        }

        return readings;
    }

    /// <summary>The first lived day: the Monday <see cref="DemoLife.HistoryWeeks"/> weeks before this week's.</summary>
    public static DateOnly HistoryStart(DateOnly today) => LocalDays.MondayOf(today).AddDays(-7 * DemoLife.HistoryWeeks);
}
