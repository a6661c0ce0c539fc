namespace HybridTrainer.Activities.Tests.Gpx;

/// <summary>Hand-made GPX files (Files/) for what the real ones do not show. Lengths are Vincenty's on WGS 84.</summary>
public class GpxHandMadeFileTests
{
    [Fact]
    public void Decode_Gpx10WithoutExtensions_ReadsTrackAndTimesWithoutHeartRate()
    {
        var activity = TestFiles.DecodeActivities("gpx10-no-extensions.gpx").ShouldHaveSingleItem();

        activity.StartTime.ShouldBe(new DateTimeOffset(2024, 5, 1, 7, 0, 0, TimeSpan.Zero));
        activity.ElapsedTime.ShouldBe(TimeSpan.FromSeconds(90));
        activity.MovingTime.ShouldBe(TimeSpan.FromSeconds(90));
        activity.DistanceMeters!.Value.ShouldBe(333.454, 0.01);
        activity.AverageHeartRate.ShouldBeNull();
        activity.MaxHeartRate.ShouldBeNull();
    }

    [Fact]
    public void Decode_HeartRateInTrackPointExtensionV2UnderAnotherPrefix_IsRead()
    {
        var activity = TestFiles.DecodeActivities("gpx11-two-segments-hr-v2.gpx").ShouldHaveSingleItem();

        activity.Samples.Select(s => s.HeartRate).ShouldBe([120, 140, 150, 160]);
        activity.MaxHeartRate.ShouldBe(160);
    }

    [Fact]
    public void Decode_HeartRate_IsAveragedOverTheTimeEachReadingHeld()
    {
        // 120 held 30 s and 150 held 30 s; 140 and 160 end their segments and hold for no time.
        var activity = TestFiles.DecodeActivities("gpx11-two-segments-hr-v2.gpx").ShouldHaveSingleItem();

        activity.AverageHeartRate.ShouldBe(135);
    }

    [Fact]
    public void Decode_TwoSegments_MeasuresNeitherDistanceNorMovingTimeAcrossTheGap()
    {
        var activity = TestFiles.DecodeActivities("gpx11-two-segments-hr-v2.gpx").ShouldHaveSingleItem();

        activity.DistanceMeters!.Value.ShouldBe(222.304, 0.01);
        activity.ElapsedTime.ShouldBe(TimeSpan.FromSeconds(660));
        activity.MovingTime.ShouldBe(TimeSpan.FromSeconds(60));
    }

    [Fact]
    public void Decode_TrackType_GivesTheSport() =>
        TestFiles.DecodeActivities("gpx11-two-segments-hr-v2.gpx").ShouldHaveSingleItem().Sport.ShouldBe(ActivitySport.Running);

    [Fact]
    public void Decode_LongStopInOnePlace_IsAPauseButASlowClimbIsNot()
    {
        // 30 s moving, 300 s standing (1 m covered), 120 s climbing 100 m at 0.83 m/s.
        var activity = TestFiles.DecodeActivities("gpx-standing-pause.gpx").ShouldHaveSingleItem();

        activity.ElapsedTime.ShouldBe(TimeSpan.FromSeconds(450));
        activity.MovingTime.ShouldBe(TimeSpan.FromSeconds(150));
        activity.Sport.ShouldBe(ActivitySport.Walking);
    }

    [Fact]
    public void Decode_RoutesAndWaypointsOnly_IsRefusedAsHavingNoTrack() =>
        TestFiles.Reason("gpx-routes-only.gpx").ShouldBe("The GPX file has no track: it holds only routes or waypoints, which are plans, not a recorded activity.");

    [Fact]
    public void Decode_EntityBomb_IsRefusedWithoutExpandingIt() =>
        TestFiles.Reason("gpx-entity-expansion.gpx").ShouldBe("The GPX file declares a document type (DTD), which is refused for safety.");

    [Fact]
    public void Decode_ExternalEntity_IsRefusedWithoutReadingTheFileItNames()
    {
        var reason = TestFiles.Reason("gpx-external-entity.gpx");

        reason.ShouldBe("The GPX file declares a document type (DTD), which is refused for safety.");
    }

    [Fact]
    public void Decode_UnclosedElement_IsRefusedNamingTheLine() =>
        TestFiles.Reason("gpx-not-well-formed.gpx").ShouldBe("The GPX file is not well-formed XML (line 8).");
}
