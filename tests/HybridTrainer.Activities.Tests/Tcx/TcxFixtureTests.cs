namespace HybridTrainer.Activities.Tests.Tcx;

/// <summary>A real TCX file against the values python-tcxparser reads from it (fixtures README).</summary>
public class TcxFixtureTests
{
    private static readonly DecodedActivity Run = Fixtures.DecodeActivities("run-2012-12-26.tcx").Single();

    [Fact]
    public void Decode_2012Run_IsOneRunStartingAtItsId()
    {
        Fixtures.DecodeActivities("run-2012-12-26.tcx").Count.ShouldBe(1);
        Run.Sport.ShouldBe(ActivitySport.Running);
        Run.Source.ShouldBe(ActivitySource.Tcx);
        Run.StartTime.ShouldBe(new DateTimeOffset(2012, 12, 26, 21, 29, 53, TimeSpan.Zero));
    }

    [Fact]
    public void Decode_2012Run_MatchesTheReferenceDistanceAndDuration()
    {
        Run.DistanceMeters.ShouldBeWithinHalfPercentOf(4686.31);
        Run.MovingTime.TotalSeconds.ShouldBe(1992.78, 0.01);
    }

    [Fact]
    public void Decode_2012Run_LastsUntilItsLastPointAndLapEnd()
    {
        // Ends 22:03:05 by its last point; the last lap's time runs half a second past it.
        Run.ElapsedTime.TotalSeconds.ShouldBe((new TimeSpan(22, 3, 5) - new TimeSpan(21, 29, 53)).TotalSeconds, 1);
        Run.ElapsedTime.ShouldBeGreaterThanOrEqualTo(Run.MovingTime);
    }

    [Fact]
    public void Decode_2012Run_TakesMaxHeartRateFromTheLaps() => Run.MaxHeartRate.ShouldBe(189);

    [Fact]
    public void Decode_2012Run_AveragesHeartRateOverTimeNotOverPoints()
    {
        // The README's 156 is python-tcxparser's plain mean of the 383 readings, and the watch kept many readings in
        // the calm first minutes. Weighted by time, the watch's own lap averages (139, 172, 167 bpm over 608, 715 and
        // 670 s) and the readings both give 160.
        Run.AverageHeartRate.ShouldBe(160);
    }

    [Fact]
    public void Decode_2012Run_HasThreeLapsWithTheirOwnTotals()
    {
        Run.Laps.Count.ShouldBe(3);
        Run.Laps[0].MovingTime.TotalSeconds.ShouldBe(608.47, 0.01);
        Run.Laps[0].DistanceMeters!.Value.ShouldBe(1609.34, 0.01);
        Run.Laps.Select(l => l.AverageHeartRate).ShouldBe([139, 172, 167]);
    }

    [Fact]
    public void Decode_2012Run_HasASampleForEachTimedPoint()
    {
        Run.Samples.Count.ShouldBe(384);
        Run.Samples[0].Offset.ShouldBe(TimeSpan.Zero);
        Run.Samples.ShouldBeInOrder(SortDirection.Ascending, Comparer<ActivitySample>.Create((a, b) => a.Offset.CompareTo(b.Offset)));
    }
}
