using HybridTrainer.Activities.Geo;

namespace HybridTrainer.Activities.Tests.Geo;

public class HaversineTests
{
    // Reference distances are Vincenty's geodesic on the WGS 84 ellipsoid.
    [Theory]
    [InlineData(57.384613557, -4.429914616, 57.384611210, -4.429932553, 1.110012)]
    [InlineData(57.384613557, -4.429914616, 57.374114301, -4.435669295, 1219.4305)]
    [InlineData(45.380600095, 14.144491442, 45.463080872, 14.167956915, 9349.0778)]
    [InlineData(0.0, 0.0, 0.0, 0.01, 1113.1949)]
    [InlineData(-33.9, 151.2, -33.9, 151.2001, 9.24929)]
    public void Meters_TrackDistances_MatchTheEllipsoidWithinAHundredthOfAPerMille(double lat1, double lon1, double lat2, double lon2, double geodesic) =>
        Haversine.Meters(lat1, lon1, lat2, lon2).ShouldBe(geodesic, geodesic * 0.00001);

    [Fact]
    public void Meters_SamePoint_IsZero() => Haversine.Meters(57.1, -4.4, 57.1, -4.4).ShouldBe(0);
}
