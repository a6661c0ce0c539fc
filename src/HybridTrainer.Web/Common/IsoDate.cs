using System.Globalization;

namespace HybridTrainer.Web.Common;

/// <summary>Dates in addresses, forms, files and the API: ISO 8601 calendar dates ("2026-12-07"), culture-free.</summary>
public static class IsoDate
{
    public const string Format = "yyyy-MM-dd";

    public static string Of(DateOnly date) => date.ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>The UTC date of an instant, for "since" lines about records stamped in UTC.</summary>
    public static string Of(DateTimeOffset instant) => instant.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>The dates the app plans and reads, with room on both sides; beyond them week arithmetic would overflow.</summary>
    public static readonly DateOnly Earliest = new(2000, 1, 1);

    public static readonly DateOnly Latest = new(2100, 12, 31);

    public static bool InRange(DateOnly date) => date >= Earliest && date <= Latest;

    /// <summary>A well-formed date between <see cref="Earliest"/> and <see cref="Latest"/>; anything else is not a date here.</summary>
    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out date) && InRange(date);
}
