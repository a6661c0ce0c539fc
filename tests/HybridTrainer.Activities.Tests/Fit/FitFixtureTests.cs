namespace HybridTrainer.Activities.Tests.Fit;

public class FitFixtureTests
{
    [Fact]
    public void Decode_2013Run_MatchesTheReferenceSummary()
    {
        var run = Fixtures.DecodeActivities("2013-02-06-12-11-14.fit").ShouldHaveSingleItem();

        run.Sport.ShouldBe(ActivitySport.Running);
        run.Source.ShouldBe(ActivitySource.Fit);
        run.StartTime.ShouldBe(new DateTimeOffset(2013, 2, 6, 12, 11, 14, TimeSpan.Zero));
        run.DistanceMeters!.Value.ShouldBe(4835.38, 4835.38 * 0.005);
        run.MovingTime.TotalSeconds.ShouldBe(2625.14, 1);
        run.AverageHeartRate!.Value.ShouldBeInRange(146, 148);
        run.Laps.Count.ShouldBe(5);
    }
}
