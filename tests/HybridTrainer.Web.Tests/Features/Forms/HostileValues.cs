using System.Text;
using CsCheck;

namespace HybridTrainer.Web.Tests.Features.Forms;

/// <summary>
/// The value families the API fuzz sends (MalformedBodyFuzzTests), as a person could type or paste them into a field:
/// markup, SQL, template syntax, control characters, a broken emoji, right-to-left text, whitespace only, a 1 MB
/// string; and for number fields negatives, huge numbers and NaN/Infinity.
/// </summary>
public static class HostileValues
{
    public static readonly string OneMegabyte = new('a', 1024 * 1024);

    /// <summary>Text a field may keep as typed (it is stored as text and shown encoded).</summary>
    public static readonly string[] Markup =
    [
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\"><svg onload=alert(1)>", "{{7*7}}", "${7*7}",
        "javascript:alert(1)", "'; DROP TABLE users; --", "1' OR '1'='1", "🏃‍♀️ 10K", "\u202Eevil.exe", "مرحبا بالعالم", "NaN", "Infinity", "-1",
        "1e999", "2026-02-30", "99:99", "%00", "&lt;b&gt;",
    ];

    /// <summary>Text no field may store: it breaks PostgreSQL (NUL), UTF-8 (half a surrogate pair) or is invisible.</summary>
    public static readonly string[] Broken = ["\u0000", "a\u0000b", "\u0001\u001b[31m", "\u007f", "\ud83c", "x\udc00y", "\u0085"];

    public static readonly string[] WhitespaceOnly = [" ", "   ", "\t", "\n", "\u00a0", " \u2003 "];

    /// <summary>A hostile fragment, possibly inside ordinary words, sometimes repeated past any sane length.</summary>
    public static Gen<string> Text { get; } =
        Gen.Frequency<string>(
            (6, Gen.Select(Gen.OneOf<string>([.. Markup, .. Broken]), Gen.String[Gen.Char['a', 'z'], 0, 12], Gen.String[Gen.Char['a', 'z'], 0, 12], Gen.Bool)
                .Select((fragment, before, after, wrap) => wrap ? before + fragment + after : fragment)),
            (2, Gen.OneOf<string>(WhitespaceOnly)),
            (1, Gen.Const(OneMegabyte)),
            (1, Gen.Select(Gen.OneOf<string>(Markup), Gen.Int[2, 300]).Select((fragment, times) => string.Concat(Enumerable.Repeat(fragment, times)))));

    /// <summary>Numbers no field accepts: negative, beyond any column, or not a number at all.</summary>
    public static Gen<decimal> HugeOrNegativeDecimal { get; } =
        Gen.OneOf<decimal>(Gen.OneOf<decimal>(decimal.MaxValue, decimal.MinValue, -1m, -0.1m, -999_999_999_999m, 1e12m, 79_228_162_514_264_337_593_543m),
            Gen.Decimal[-1e20m, -0.001m], Gen.Decimal[1e6m, decimal.MaxValue]);

    public static Gen<int> HugeOrNegativeInt { get; } =
        Gen.OneOf<int>(Gen.OneOf<int>(int.MaxValue, int.MinValue, -1, 1_000_000), Gen.Int[int.MinValue, -1], Gen.Int[100_000, int.MaxValue]);

    public static Gen<double> NotANumberOrHuge { get; } =
        Gen.OneOf<double>(Gen.OneOf<double>(double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.MaxValue, double.MinValue, -1d, 1e300),
            Gen.Double[-1e300, -0.001], Gen.Double[1e4, 1e300]);

    /// <summary>What PostgreSQL can hold in a text column of <paramref name="maxLength"/>: no NUL, valid UTF-16, not too long.</summary>
    public static bool Storable(string? text, int maxLength)
    {
        if (text is null)
        {
            return true;
        }

        try
        {
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetByteCount(text);
        }
        catch (EncoderFallbackException)
        {
            return false;
        }

        return text.Length <= maxLength && !text.Contains('\0', StringComparison.Ordinal);
    }

    /// <summary>Text that is fine in a database but still has no place in a name: invisible control characters.</summary>
    public static bool HasControlCharacters(string text, bool multiline) =>
        text.Any(c => char.IsControl(c) && !(multiline && c is '\n' or '\r' or '\t'));

    /// <summary>Text every shown field must refuse: broken or invisible characters, whitespace only, or past <paramref name="maxLength"/>.</summary>
    public static Gen<string> Refused(int maxLength, bool multiline) =>
        Gen.Frequency<string>(
            (4, Gen.Select(Gen.OneOf<string>(Broken), Gen.String[Gen.Char['a', 'z'], 0, 8]).Select((bad, words) => words + bad + words)),
            (multiline ? 0 : 2, Gen.OneOf<string>(WhitespaceOnly)),
            (1, Gen.Const(OneMegabyte)),
            (2, Gen.OneOf<string>(Markup).Select(fragment => string.Concat(Enumerable.Repeat(fragment, (maxLength / fragment.Length) + 1)))));

    /// <summary>What a person can type into a number field that no field may take: not a number, or far past any range.</summary>
    public static Gen<string> TypedNumber { get; } =
        Gen.OneOf<string>("abc", "NaN", "Infinity", "-Infinity", "1e999", "1e30", "79228162514264337593543950335", "99999999999999999999999999999999",
            "1000000", "'; DROP TABLE shoes; --", "<script>alert(1)</script>", "🏃", "12abc", "--5");
}
