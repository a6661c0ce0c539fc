namespace HybridTrainer.Activities.Geo;

/// <summary>Great-circle distance on a spherical Earth: within 0.5 % of the ellipsoid, enough for a track's length.</summary>
internal static class Haversine
{
    private const double EarthRadiusMeters = 6_371_000;

    public static double Meters(double lat1, double lon1, double lat2, double lon2)
    {
        var dLat = ToRadians(lat2 - lat1);
        var dLon = ToRadians(lon2 - lon1);
        var a = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2))
            + (Math.Cos(ToRadians(lat1)) * Math.Cos(ToRadians(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusMeters * Math.Asin(Math.Sqrt(Math.Min(1, a)));
    }

    private static double ToRadians(double degrees) => degrees * Math.PI / 180;
}
