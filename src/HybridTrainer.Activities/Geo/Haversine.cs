namespace HybridTrainer.Activities.Geo;

/// <summary>
/// Great-circle distance on the sphere that fits the WGS 84 ellipsoid where, and in the direction in which, the
/// athlete moved (Euler's radius of curvature for that heading at the mean latitude). Up to a few hundred kilometres
/// this is within 0.001 % of the ellipsoid's geodesic; one sphere for the whole Earth is up to 0.3 % off, which shows
/// when a track is compared with a device's distance.
/// </summary>
internal static class Haversine
{
    private const double EquatorialRadiusMeters = 6_378_137;
    private const double Flattening = 1 / 298.257223563;
    private const double EccentricitySquared = Flattening * (2 - Flattening);

    public static double Meters(double lat1, double lon1, double lat2, double lon2)
    {
        var dLat = ToRadians(lat2 - lat1);
        var dLon = ToRadians(lon2 - lon1);
        var a = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2))
            + (Math.Cos(ToRadians(lat1)) * Math.Cos(ToRadians(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        var centralAngle = 2 * Math.Asin(Math.Sqrt(Math.Min(1, a)));
        return centralAngle == 0 ? 0 : centralAngle * RadiusOfCurvature(ToRadians((lat1 + lat2) / 2), dLat, dLon);
    }

    /// <summary>Euler: 1/R = cos²(heading)/M + sin²(heading)/N, with M the meridian and N the prime-vertical radius.</summary>
    private static double RadiusOfCurvature(double latitude, double dLat, double dLon)
    {
        var sin = Math.Sin(latitude);
        var w = 1 - (EccentricitySquared * sin * sin);
        var primeVertical = EquatorialRadiusMeters / Math.Sqrt(w);
        var meridian = EquatorialRadiusMeters * (1 - EccentricitySquared) / (w * Math.Sqrt(w));
        var north = meridian * dLat;
        var east = primeVertical * Math.Cos(latitude) * dLon;
        var squared = (north * north) + (east * east);
        if (squared == 0)
            return meridian;
        return meridian * primeVertical * squared / ((primeVertical * north * north) + (meridian * east * east));
    }

    private static double ToRadians(double degrees) => degrees * Math.PI / 180;
}
