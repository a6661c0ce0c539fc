using System.Globalization;

namespace HybridTrainer.Web.Common;

/// <summary>Dates in addresses, forms, files and the API: ISO 8601 calendar dates ("2026-12-07"), culture-free.</summary>
public static class IsoDate
{
    public const string Format = "yyyy-MM-dd";

    public static string Of(DateOnly date) => date.ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>The UTC date of an instant, for "since" lines about records stamped in UTC.</summary>
    public static string Of(DateTimeOffset instant) => instant.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
