namespace HybridTrainer.Activities.Tests.Fit;

/// <summary>Real device files against the values python-fitparse reads from them (fixtures README).</summary>
public class FitFixtureTests
{
    [Fact]
    public void Decode_2013Run_MatchesTheReferenceSummary()
    {
        var run = Fixtures.DecodeActivities("2013-02-06-12-11-14.fit").ShouldHaveSingleItem();

        run.Sport.ShouldBe(ActivitySport.Running);
        run.Source.ShouldBe(ActivitySource.Fit);
        run.StartTime.ShouldBe(Utc(2013, 2, 6, 12, 11, 14));
        run.DistanceMeters.ShouldBeWithinHalfPercentOf(4835.38);
        run.MovingTime.TotalSeconds.ShouldBe(2625.14, 1);
        run.AverageHeartRate!.Value.ShouldBeInRange(146, 148);
        run.Laps.Count.ShouldBe(5);
        run.Samples.Count.ShouldBe(590);
    }

    [Fact]
    public void Decode_Fenix2Run_MatchesTheReferenceDistance()
    {
        var run = Fixtures.DecodeActivities("activity-small-fenix2-run.fit").ShouldHaveSingleItem();

        run.Sport.ShouldBe(ActivitySport.Running);
        run.StartTime.ShouldBe(Utc(2015, 8, 15, 14, 45, 8));
        run.DistanceMeters.ShouldBeWithinHalfPercentOf(9008.22);
        run.MovingTime.TotalSeconds.ShouldBe(2832.0, 1);
        run.Laps.Count.ShouldBe(4);
    }

    [Fact]
    public void Decode_Fenix2Run_AveragesRecordedHeartRateWhenTheSessionHasNone()
    {
        // The README's "no HR" is the session summary; the records do carry a heart rate (69 rising to 178 bpm).
        var run = Fixtures.DecodeActivities("activity-small-fenix2-run.fit").ShouldHaveSingleItem();

        run.AverageHeartRate.ShouldBe(154);
        run.MaxHeartRate.ShouldBe(178);
        run.Laps.ShouldAllBe(l => l.AverageHeartRate == null);
    }

    [Fact]
    public void Decode_Fenix2Run_ThinsItsRecordsForCharts()
    {
        var run = Fixtures.DecodeActivities("activity-small-fenix2-run.fit").ShouldHaveSingleItem();

        run.Samples.Count.ShouldBeInRange(1000, 2000);
        run.Samples[^1].DistanceMeters.ShouldBeWithinHalfPercentOf(9008.22);
        run.Samples.ShouldBeInOrder(SortDirection.Ascending, Comparer<ActivitySample>.Create((a, b) => a.Offset.CompareTo(b.Offset)));
    }

    [Fact]
    public void Decode_FileWithDeveloperFields_SkipsThemAndMatchesTheReference()
    {
        var run = Fixtures.DecodeActivities("developer-types-sample.fit").ShouldHaveSingleItem();

        run.Sport.ShouldBe(ActivitySport.Running);
        run.StartTime.ShouldBe(Utc(2017, 1, 17, 17, 6, 47));
        run.DistanceMeters.ShouldBeWithinHalfPercentOf(6753.99);
        run.MovingTime.TotalSeconds.ShouldBe(3424.0, 1);
    }

    [Fact]
    public void Decode_Fenix5Walk_IsAWalkNotARun()
    {
        var walk = Fixtures.DecodeActivities("garmin-fenix-5-walk.fit").ShouldHaveSingleItem();

        walk.Sport.ShouldBe(ActivitySport.Walking);
        walk.DistanceMeters.ShouldBeWithinHalfPercentOf(67.85);
        walk.MovingTime.TotalSeconds.ShouldBe(45.379, 1);
    }

    [Fact]
    public void Decode_SampleActivity_IsABikeRide()
    {
        var ride = Fixtures.DecodeActivities("sample-activity.fit").ShouldHaveSingleItem();

        ride.Sport.ShouldBe(ActivitySport.Cycling);
        ride.DistanceMeters.ShouldBeWithinHalfPercentOf(88797.21);
        ride.MovingTime.TotalSeconds.ShouldBe(10699.36, 1);
    }

    [Fact]
    public void Decode_WorkoutFile_IsRefusedAsNotAnActivity()
    {
        var failure = Fixtures.Decode("WorkoutIndividualSteps.fit").ShouldBeOfType<DecodeFailure>();

        failure.Reason.ShouldBe("This is not an activity: it is a FIT workout file.");
    }

    [Fact]
    public void Decode_ChainedFileWithCorruptSecondHeader_IsRefusedNamingTheHeader()
    {
        var failure = Fixtures.Decode("activity-settings-corruptheader.fit").ShouldBeOfType<DecodeFailure>();

        failure.Reason.ShouldBe("The FIT file chained at byte 771 is damaged: its header has no \".FIT\" signature.");
    }

    [Fact]
    public void Decode_TruncatedFile_IsRefusedAsEndingEarly()
    {
        var failure = Fixtures.Decode("activity-unexpected-eof.fit").ShouldBeOfType<DecodeFailure>();

        failure.Reason.ShouldBe("The FIT file ends early (truncated at byte 768).");
    }

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute, int second) =>
        new(year, month, day, hour, minute, second, TimeSpan.Zero);
}
