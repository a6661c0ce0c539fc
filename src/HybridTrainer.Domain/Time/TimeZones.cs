namespace HybridTrainer.Domain.Time;

/// <summary>IANA time zones as people's days are counted in them. Unknown or empty ids count as UTC, never as an error.</summary>
public static class TimeZones
{
    public const string Utc = "UTC";

    /// <summary>The longest IANA id is 32 characters ("America/Argentina/ComodRivadavia"); room to spare.</summary>
    public const int MaxLength = 64;

    /// <summary>True for an IANA id this machine's time-zone database knows ("Pacific/Auckland"); Windows ids are refused.</summary>
    public static bool IsKnown(string? id) =>
        !string.IsNullOrWhiteSpace(id) && id.Length <= MaxLength
        && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) && zone.HasIanaId;

    /// <summary>The zone for an id, or UTC when the id is unknown (a stored id the database no longer has).</summary>
    public static TimeZoneInfo Find(string? id) =>
        IsKnown(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id!, out var zone) ? zone : TimeZoneInfo.Utc;
}
