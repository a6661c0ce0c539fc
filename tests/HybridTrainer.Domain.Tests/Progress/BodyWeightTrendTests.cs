using CsCheck;
using HybridTrainer.Domain.Progress;

namespace HybridTrainer.Domain.Tests.Progress;

public class BodyWeightTrendTests
{
    private static readonly DateOnly Day = new(2026, 11, 2);

    [Fact]
    public void MovingAverage_KnownWeighIns_AveragesTheSevenDaysEndingOnEachDay()
    {
        var trend = BodyWeightTrend.MovingAverage([new(Day, 80m), new(Day.AddDays(1), 81m), new(Day.AddDays(6), 82m), new(Day.AddDays(7), 84m)]);

        trend.Select(t => t.Value).ShouldBe([80m, 80.5m, 81m, 82.33m]);
        trend[^1].Date.ShouldBe(Day.AddDays(7));
    }

    [Fact]
    public void MovingAverage_AfterAGap_StartsAgainFromTheNewWeighIn() =>
        BodyWeightTrend.MovingAverage([new(Day, 80m), new(Day.AddDays(30), 90m)])[^1].Value.ShouldBe(90m);

    [Fact]
    public void MovingAverage_StaysWithinItsWindowsLightestAndHeaviest() =>
        Gen.Select(Gen.Int[0, 60], Gen.Int[400, 1500]).Array[1, 40].Sample(pairs =>
        {
            var weighIns = pairs.GroupBy(p => p.Item1).Select(g => new DatedValue(Day.AddDays(g.Key), g.First().Item2 / 10m)).ToArray();
            var trend = BodyWeightTrend.MovingAverage(weighIns);
            trend.Count.ShouldBe(weighIns.Length);
            foreach (var point in trend)
            {
                var window = weighIns.Where(w => w.Date <= point.Date && w.Date.DayNumber > point.Date.DayNumber - 7).Select(w => w.Value).ToArray();
                point.Value.ShouldBeInRange(window.Min() - 0.01m, window.Max() + 0.01m);
            }
        });
}
