using HybridTrainer.Data.Athletes;
using HybridTrainer.Web.Features.Activities;

namespace HybridTrainer.Web.UnitTests.Features.Activities;

public class ActivitySplitsTests
{
    // 2.5 km at 5:00 per km, a point every 10 s, heart rate rising one beat per point from 120.
    private static readonly IReadOnlyList<TracePoint> Steady =
        [.. Enumerable.Range(0, 76).Select(i => new TracePoint(i * 10, i * 10 / 300.0 * 1000, 120 + i))];

    [Fact]
    public void Of_ASteadyRun_GivesOneSplitPerFullKilometre()
    {
        var splits = ActivitySplits.Of(Steady, UnitSystem.Metric);

        splits.Select(s => s.Seconds).ShouldBe([300d, 300d]);
        splits[0].AverageHeartRate.ShouldBe(136); // 121…150 bpm over the first kilometre
    }

    [Fact]
    public void Of_InMiles_CountsWholeMiles() =>
        ActivitySplits.Of(Steady, UnitSystem.Imperial).ShouldHaveSingleItem().Seconds.ShouldBe(490, 10);

    [Fact]
    public void Pace_AfterTheFirstMinute_IsTheRunsPace() =>
        ActivitySplits.Pace(Steady)[^1].SecondsPerKm!.Value.ShouldBe(300, 0.001);

    [Fact]
    public void Pace_StandingStill_IsUnknownRatherThanInfinite()
    {
        TracePoint[] stopped = [new(0, 1000, null), new(30, 1000, null), new(60, 1005, null)];

        ActivitySplits.Pace(stopped).ShouldAllBe(p => p.SecondsPerKm == null);
    }
}
