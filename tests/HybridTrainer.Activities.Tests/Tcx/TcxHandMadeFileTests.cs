using System.Text;

namespace HybridTrainer.Activities.Tests.Tcx;

/// <summary>Hand-made TCX files (Files/) for what the real one does not show.</summary>
public class TcxHandMadeFileTests
{
    [Fact]
    public void Decode_TwoActivities_GivesOneActivityEach()
    {
        var activities = TestFiles.DecodeActivities("tcx-two-activities.tcx");

        activities.Count.ShouldBe(2);
        activities[0].Sport.ShouldBe(ActivitySport.Running);
        activities[0].StartTime.ShouldBe(new DateTimeOffset(2024, 5, 1, 6, 0, 0, TimeSpan.Zero));
        activities[0].DistanceMeters.ShouldBe(5000);
        activities[1].Sport.ShouldBe(ActivitySport.Other);
        activities[1].StartTime.ShouldBe(new DateTimeOffset(2024, 5, 1, 18, 0, 0, TimeSpan.Zero));
        activities[1].MovingTime.ShouldBe(TimeSpan.FromMinutes(40));
    }

    [Fact]
    public void Decode_TwoActivities_KeepsEachOnesPointsToItself()
    {
        var activities = TestFiles.DecodeActivities("tcx-two-activities.tcx");

        activities[0].Samples.Count.ShouldBe(2);
        activities[1].Samples.ShouldBeEmpty();
    }

    [Fact]
    public void Decode_LapsWithoutTrackPoints_TakesEverythingFromTheLapTotals()
    {
        var run = TestFiles.DecodeActivities("tcx-laps-without-trackpoints.tcx").ShouldHaveSingleItem();

        run.StartTime.ShouldBe(new DateTimeOffset(2024, 5, 2, 17, 0, 0, TimeSpan.Zero));
        run.MovingTime.ShouldBe(TimeSpan.FromSeconds(900));
        run.ElapsedTime.ShouldBe(TimeSpan.FromSeconds(960));
        run.DistanceMeters.ShouldBe(3100);
        run.AverageHeartRate.ShouldBe(150); // (140 × 600 s + 170 × 300 s) / 900 s
        run.MaxHeartRate.ShouldBe(182);
        run.Samples.ShouldBeEmpty();
    }

    [Fact]
    public void Decode_LapsWithoutTrackPoints_LapElapsedTimeRunsToTheNextLap()
    {
        var run = TestFiles.DecodeActivities("tcx-laps-without-trackpoints.tcx").ShouldHaveSingleItem();

        run.Laps.Count.ShouldBe(2);
        run.Laps[0].ShouldBe(new DecodedLap(TimeSpan.FromSeconds(600), TimeSpan.FromSeconds(660), 2000, 140));
        run.Laps[1].ShouldBe(new DecodedLap(TimeSpan.FromSeconds(300), TimeSpan.FromSeconds(300), 1100, 170));
    }

    [Fact]
    public void Decode_Biking_IsARideWithTheLapDistance()
    {
        var ride = TestFiles.DecodeActivities("tcx-biking.tcx").ShouldHaveSingleItem();

        ride.Sport.ShouldBe(ActivitySport.Cycling);
        ride.DistanceMeters.ShouldBe(1000);
        ride.MovingTime.ShouldBe(TimeSpan.FromSeconds(75));
        ride.Samples.Select(s => s.DistanceMeters).ShouldBe([0, 250, 1000]);
    }

    [Fact]
    public void Decode_LapWithoutHeartRateSummary_AveragesThePointsOverTime()
    {
        var ride = TestFiles.DecodeActivities("tcx-biking.tcx").ShouldHaveSingleItem();

        ride.AverageHeartRate.ShouldBe(136); // (100 × 30 s + 160 × 45 s) / 75 s
        ride.MaxHeartRate.ShouldBe(160);
    }

    [Fact]
    public void Decode_CoursesOnly_IsRefusedAsHoldingNoActivity() =>
        TestFiles.Reason("tcx-courses-only.tcx").ShouldBe("The TCX file holds no activity (it may hold only courses or workouts).");

    [Fact]
    public void Decode_ActivityWithoutAnyTime_IsRefused()
    {
        var tcx = """
            <TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">
              <Activities><Activity Sport="Running"><Lap><DistanceMeters>100</DistanceMeters></Lap></Activity></Activities>
            </TrainingCenterDatabase>
            """;

        Reason(tcx).ShouldBe("An activity in the TCX file has no times, so its duration cannot be known.");
    }

    [Fact]
    public void Decode_RootThatIsNotTrainingCenterDatabase_IsRefused() =>
        Reason("<gpx/>").ShouldBe("This is not a TCX file: its root element is <gpx>, not <TrainingCenterDatabase>.");

    [Fact]
    public void Decode_BrokenXml_IsRefusedNamingTheLine() =>
        Reason("<TrainingCenterDatabase>\n<Activities>\n</TrainingCenterDatabase>").ShouldBe("The TCX file is not well-formed XML (line 3).");

    private static string Reason(string tcx) =>
        ActivityDecoder.Decode("a.tcx", Encoding.UTF8.GetBytes(tcx)).ShouldBeOfType<DecodeFailure>().Reason;
}
