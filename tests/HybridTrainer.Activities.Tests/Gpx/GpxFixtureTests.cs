using HybridTrainer.Activities.Gpx;

namespace HybridTrainer.Activities.Tests.Gpx;

/// <summary>Real GPX files against the values gpxpy reads from them (fixtures README).</summary>
public class GpxFixtureTests
{
    [Fact]
    public void Decode_2013Run_MatchesTheReferenceLengthAndTimes()
    {
        var run = Fixtures.DecodeActivities("run-2013-02-06.gpx").ShouldHaveSingleItem();

        run.Source.ShouldBe(ActivitySource.Gpx);
        run.StartTime.ShouldBe(new DateTimeOffset(2013, 2, 6, 12, 11, 14, TimeSpan.Zero));
        run.DistanceMeters.ShouldBeWithinHalfPercentOf(4782.6);
        run.ElapsedTime.ShouldBe(TimeSpan.FromSeconds(2624));
        run.MovingTime.TotalSeconds.ShouldBe(2624, 1);
    }

    [Fact]
    public void Decode_2013Run_KeepsEveryTrackPointAsASample()
    {
        var run = Fixtures.DecodeActivities("run-2013-02-06.gpx").ShouldHaveSingleItem();

        run.Samples.Count.ShouldBe(583);
        run.Samples[0].Offset.ShouldBe(TimeSpan.Zero);
        run.Samples[^1].Offset.ShouldBe(TimeSpan.FromSeconds(2624));
        run.Samples[^1].DistanceMeters.ShouldBe(run.DistanceMeters);
    }

    [Fact]
    public void Decode_2013Run_ReadsHeartRateFromTheGarminExtension()
    {
        var run = Fixtures.DecodeActivities("run-2013-02-06.gpx").ShouldHaveSingleItem();

        run.AverageHeartRate!.Value.ShouldBeInRange(146, 148);
        run.MaxHeartRate.ShouldNotBeNull();
        run.Samples.ShouldAllBe(s => s.HeartRate > 0);
    }

    [Fact]
    public void Decode_2013Run_WithoutATrackType_IsOtherAndHasNoLaps()
    {
        // GPSBabel writes no trk/type: the sport is left for the athlete to choose rather than guessed as a run.
        var run = Fixtures.DecodeActivities("run-2013-02-06.gpx").ShouldHaveSingleItem();

        run.Sport.ShouldBe(ActivitySport.Other);
        run.Laps.ShouldBeEmpty();
    }

    [Fact]
    public void Read_HikeOfFourTracks_KeepsAll871Points()
    {
        var tracks = GpxTrackReader.Read(Fixtures.Bytes("korita-zbevnica.gpx"));

        tracks.PointCount.ShouldBe(871);
        tracks.Segments.Count.ShouldBe(4);
    }

    [Fact]
    public void Decode_HikeOfFourTracks_IsOneActivityMatchingTheReference()
    {
        var hike = Fixtures.DecodeActivities("korita-zbevnica.gpx").ShouldHaveSingleItem();

        hike.DistanceMeters.ShouldBeWithinHalfPercentOf(14913.7);
        hike.StartTime.ShouldBe(new DateTimeOffset(2010, 10, 3, 9, 36, 30, TimeSpan.Zero));
        hike.ElapsedTime.ShouldBe(new TimeSpan(13, 19, 31) - new TimeSpan(9, 36, 30));
        hike.Sport.ShouldBe(ActivitySport.Other);
    }

    [Fact]
    public void Decode_HikeWithLongStops_CountsThemOutOfMovingTime()
    {
        // The log holds stops of 12, 17 and 34 minutes with almost no movement, and a gap between its tracks.
        var hike = Fixtures.DecodeActivities("korita-zbevnica.gpx").ShouldHaveSingleItem();

        (hike.ElapsedTime - hike.MovingTime).ShouldBeGreaterThan(TimeSpan.FromMinutes(12 + 17 + 34));
        hike.MovingTime.ShouldBeGreaterThan(TimeSpan.FromHours(1));
    }

    [Fact]
    public void Decode_TrackWithAlmostNoTimes_IsRefusedForLackOfTimes()
    {
        var failure = Fixtures.Decode("cerknicko-without-times.gpx").ShouldBeOfType<DecodeFailure>();

        failure.Reason.ShouldBe("The GPX track has times on only 5 of its 296 points, so the activity's duration cannot be known.");
    }
}
