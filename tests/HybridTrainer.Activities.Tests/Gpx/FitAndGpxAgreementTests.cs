namespace HybridTrainer.Activities.Tests.Gpx;

/// <summary>The 2013-02-06 run exists as the watch's FIT file and as GPX converted from it: both must tell the same run.</summary>
public class FitAndGpxAgreementTests
{
    private static readonly DecodedActivity Fit = Fixtures.DecodeActivities("2013-02-06-12-11-14.fit").Single();
    private static readonly DecodedActivity Gpx = Fixtures.DecodeActivities("run-2013-02-06.gpx").Single();

    [Fact]
    public void StartTimes_AreTheSameSecond() => Gpx.StartTime.ShouldBe(Fit.StartTime);

    [Fact]
    public void MovingTimes_AgreeWithinOnePercent() =>
        Gpx.MovingTime.TotalSeconds.ShouldBe(Fit.MovingTime.TotalSeconds, Fit.MovingTime.TotalSeconds * 0.01);

    [Fact]
    public void AverageHeartRates_AgreeWithinOnePercent() =>
        ((double)Gpx.AverageHeartRate!.Value).ShouldBe(Fit.AverageHeartRate!.Value, Fit.AverageHeartRate.Value * 0.01);

    [Fact]
    public void Distances_AgreeWithinOnePercent()
    {
        // GPX has no device distance, only the 2-D length of its points, which the watch's smoothed distance exceeds
        // (the fixtures README: about 1 %). Measured on the ellipsoid the track is 4788.7 m, 0.97 % below 4835.38 m;
        // on gpxpy's single sphere it would be 4782.6 m, 1.1 % below.
        Gpx.DistanceMeters!.Value.ShouldBeLessThan(Fit.DistanceMeters!.Value);
        Gpx.DistanceMeters.Value.ShouldBe(Fit.DistanceMeters.Value, Fit.DistanceMeters.Value * 0.01);
    }
}
