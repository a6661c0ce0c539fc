namespace HybridTrainer.Activities.Xml;

/// <summary>
/// Reads a sport from the free words GPX types and TCX sports use ("running", "trail_running", "Biking",
/// "road_biking", "hiking", "open_water_swimming", "indoor_rowing"…); words it does not know are Other.
/// </summary>
internal static class SportNames
{
    // Checked in this order, so that e.g. "rowing" never reads as something else and "run" is the last guess.
    private static readonly (string Word, ActivitySport Sport)[] Words =
    [
        ("swim", ActivitySport.Swimming),
        ("row", ActivitySport.Rowing),
        ("cycl", ActivitySport.Cycling),
        ("bik", ActivitySport.Cycling),
        ("ride", ActivitySport.Cycling),
        ("walk", ActivitySport.Walking),
        ("hik", ActivitySport.Walking),
        ("run", ActivitySport.Running),
    ];

    public static ActivitySport? Recognise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        foreach (var (word, sport) in Words)
        {
            if (text.Contains(word, StringComparison.OrdinalIgnoreCase))
                return sport;
        }
        return null;
    }
}
