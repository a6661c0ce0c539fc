using System.Globalization;

namespace HybridTrainer.Activities.Xml;

/// <summary>Parses the xsd:double and xsd:dateTime texts of GPX and TCX; anything unreadable is null, not an error.</summary>
internal static class XmlValues
{
    public static double? Double(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : null;

    public static int? Int(string? text) => Double(text) is { } value && value is >= int.MinValue and <= int.MaxValue ? (int)Math.Round(value) : null;

    /// <summary>A time without a zone is taken as UTC, as GPX and TCX both require UTC.</summary>
    public static DateTimeOffset? Time(string? text) =>
        DateTimeOffset.TryParse(text?.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            ? time
            : null;
}
