using System.Globalization;
using System.Text;
using HybridTrainer.Web.Common;

namespace HybridTrainer.Web.Features.Exports;

/// <summary>
/// RFC 4180 CSV: comma separated, CRLF line ends, a field quoted when it holds a comma, quote or line break, quotes
/// doubled. Text that a spreadsheet would run as a formula (starting with = + - @, tab or carriage return) gets a
/// leading apostrophe first (OWASP "CSV injection"), so a note like "=HYPERLINK(…)" stays text.
/// </summary>
internal sealed class Csv
{
    private readonly StringBuilder _text = new();

    public Csv Row(params IEnumerable<string?> fields)
    {
        _text.AppendJoin(',', fields.Select(Field)).Append("\r\n");
        return this;
    }

    public override string ToString() => _text.ToString();

    /// <summary>Free text from a person: defused against formulas.</summary>
    public static string? Text(string? value) =>
        value is { Length: > 0 } && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;

    public static string? Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    public static string? Number(double? value) => value?.ToString("0.###", CultureInfo.InvariantCulture);

    public static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    public static string Date(DateOnly value) => IsoDate.Of(value);

    public static string Yes(bool value) => value ? "yes" : "no";

    private static string Field(string? value) =>
        value is null ? "" : value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
