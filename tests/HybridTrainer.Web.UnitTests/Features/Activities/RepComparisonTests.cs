using HybridTrainer.Data.Planning;
using HybridTrainer.Domain.Training;
using HybridTrainer.Web.Features.Activities;

namespace HybridTrainer.Web.UnitTests.Features.Activities;

public class RepComparisonTests
{
    // 6 × 200 m in 40 s with 2 min rest: what R9 and R11 plan for a mid-fitness runner.
    private static readonly RunDetails Series = new()
    {
        WarmUpMinutes = 15, CoolDownMinutes = 10, Repetitions = 6, RepetitionDistanceMeters = 200, RepetitionSeconds = 40, RestSeconds = 120, TargetRpe = 9,
    };

    [Fact]
    public void Compare_SeriesLapsAtPace_HitsEveryRepAndItsRest()
    {
        var laps = WithWarmUpAndCoolDown(Enumerable.Range(0, 6).SelectMany(_ => new[] { Lap(39, 200), Lap(120, 150) }).SkipLast(1));

        var reps = RepComparison.Compare(RunType.Interval, Series, laps);

        reps.Count.ShouldBe(6);
        reps.ShouldAllBe(r => r.Hit);
        reps.Take(5).ShouldAllBe(r => r.RestHit == true);
        reps[^1].RestSeconds.ShouldBeNull();
    }

    [Fact]
    public void Compare_ASlowRepAndAShortRest_AreMarked()
    {
        var laps = WithWarmUpAndCoolDown([Lap(39, 200), Lap(60, 80), Lap(45, 200), Lap(120, 150), Lap(40, 200)]);

        var reps = RepComparison.Compare(RunType.Interval, Series, laps);

        reps.Select(r => r.Hit).ShouldBe([true, false, true]);
        reps[0].RestHit.ShouldBe(false);
        reps[1].RestHit.ShouldBe(true);
    }

    [Fact]
    public void Compare_ALapLongerThanTheRep_IsJudgedAtThePlannedPaceOverItsOwnLength()
    {
        // 220 m in 43 s is 195 s/km, faster than 40 s per 200 m (200 s/km).
        var reps = RepComparison.Compare(RunType.Interval, Series, [Lap(43, 220)]);

        reps.ShouldHaveSingleItem().Hit.ShouldBeTrue();
    }

    [Fact]
    public void Compare_HillRepsByTime_HoldWhenTheClimbLastedNearlyThePlannedTime()
    {
        var hills = new RunDetails { Repetitions = 6, RepetitionSeconds = 45, RestSeconds = 90, TargetRpe = 8 };
        var laps = new[] { Lap(44, 160), Lap(95, 160), Lap(30, 110), Lap(95, 160) };

        var reps = RepComparison.Compare(RunType.Hill, hills, laps);

        reps.Select(r => r.Hit).ShouldBe([true, false]);
    }

    [Fact]
    public void Compare_NoMoreRepsThanPlanned_AreRead()
    {
        var laps = Enumerable.Range(0, 10).Select(_ => Lap(39, 200)).ToList();

        RepComparison.Compare(RunType.Interval, Series, laps).Count.ShouldBe(6);
    }

    [Theory]
    [InlineData(RunType.Steady)]
    [InlineData(RunType.Recovery)]
    public void Compare_ARunWithoutReps_HasNothingToCompare(RunType type) =>
        RepComparison.Compare(type, Series, [Lap(39, 200)]).ShouldBeEmpty();

    private static List<ActivityLapDto> WithWarmUpAndCoolDown(IEnumerable<ActivityLapDto> middle) =>
        [Lap(900, 2500), .. middle, Lap(600, 1600)];

    private static ActivityLapDto Lap(double seconds, double metres) =>
        new(seconds, metres, null, seconds);
}
