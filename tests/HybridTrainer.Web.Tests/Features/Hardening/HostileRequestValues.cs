namespace HybridTrainer.Web.Tests.Features.Hardening;

/// <summary>
/// What a hostile caller puts in the parts of a request that are not its body: route values, query parameters, headers
/// and static form fields. Drawn with a seeded <see cref="Random"/>, so a failing sweep replays.
/// </summary>
public static class HostileRequestValues
{
    public static readonly string TenKilobytes = new('a', 10 * 1024);

    public static readonly string[] Values =
    [
        "", TenKilobytes, "\0", "a\0b", "\u0001\u001b[31m\u007f", "../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "%00", "%ZZ", "%", "%%41",
        "\u202Eevil.exe", "a\u200Bb\u200D\uFEFF", "🏃‍♀️🔥", "\ud83c", "'; DROP TABLE users; --", "1' OR '1'='1",
        "<script>alert(1)</script>", "\"><svg onload=alert(1)>", "{{7*7}}", "9999-12-31", "0001-01-01", "-1", "0", "2147483648",
        "-9223372036854775809", "1e309", "NaN", "00000000-0000-0000-0000-000000000000", "null", "true", "[]", "{}", " ", "\t\r\n ",
        "a\r\nSet-Cookie: x=1", "https://evil.example/", "//evil.example/", "/\\evil.example", "javascript:alert(1)",
        "2026-02-30", "2026-W49", "*", "?", "#", "&a=b", ";", "C:\\Windows\\win.ini",
    ];

    /// <summary>Query parameters the pages and endpoints read, and one they do not.</summary>
    public static readonly string[] QueryNames =
        ["ReturnUrl", "returnUrl", "week", "start", "athlete", "all", "from", "to", "weeks", "code", "token", "handler", "_handler", "zz"];

    /// <summary>Headers whose hostile value the app may read or a middleware may parse.</summary>
    public static readonly string[] HeaderNames =
    [
        "Accept", "Accept-Language", "Content-Type", "X-Forwarded-For", "X-Forwarded-Proto", "X-Forwarded-Host", "Host", "Cookie",
        "If-Match", "If-None-Match", "Origin", "Sec-Fetch-Site", "Authorization", "Accept-Encoding", "Range", "Referer",
    ];

    /// <summary>Header values that mean something to a parser: media types, languages, addresses, schemes, tags.</summary>
    public static readonly Dictionary<string, string[]> TypedHeaderValues = new()
    {
        ["Accept"] = ["text/html", "application/xml", "image/png", "*/*;q=0", "application/json;q=abc", "text/*, */*;q=0.1", ";;;", "application/problem+xml"],
        ["Accept-Language"] = ["xx-YY", "*", "en-US;q=NaN", "zh-Hant-TW-x-private-ridiculously-long-tag", "ar-SA,he;q=0.9", "i-klingon"],
        ["Content-Type"] = ["text/plain", "application/xml", "multipart/form-data", "multipart/form-data; boundary=", "application/json; charset=utf-7",
            "application/json; charset=nonsense", "application/x-www-form-urlencoded", ";"],
        ["X-Forwarded-For"] = ["1.2.3.4", "999.999.999.999", "::1, 10.0.0.1, 1.2.3.4", "unknown", "1.2.3.4:99999", "[::1]:80"],
        ["X-Forwarded-Proto"] = ["https", "http", "javascript", "https, http", "ftp", "HTTPS"],
        ["X-Forwarded-Host"] = ["evil.example", "evil.example:443", "localhost@evil.example"],
        ["Host"] = ["evil.example", "localhost:0", "[::1]", "a..b", "localhost:99999", "xn--80ak6aa92e.com"],
        ["If-Match"] = ["*", "\"1\"", "W/\"1\"", "\"4294967296\"", "\"-1\"", "\"abc\"", "\"", "1,2,3"],
        ["Origin"] = ["https://evil.example", "null", "http://localhost"],
        ["Sec-Fetch-Site"] = ["cross-site", "same-site", "none", "same-origin"],
        ["Authorization"] = ["Bearer ", "Bearer ht_pat_forged", "Basic Og==", "Bearer ht_pat_" + new string('x', 200), "Negotiate x"],
        ["Range"] = ["bytes=0-0", "bytes=-1", "bytes=999999999-", "bytes=a-b"],
    };

    public static string Pick(Random random, IReadOnlyList<string> values) => values[random.Next(values.Count)];

    /// <summary>A hostile value, sometimes inside an ordinary word, sometimes repeated.</summary>
    public static string Any(Random random) => random.Next(6) switch
    {
        0 => "week" + Pick(random, Values) + "1",
        1 => string.Concat(Enumerable.Repeat(Pick(random, Values), random.Next(2, 20))),
        _ => Pick(random, Values),
    };

    /// <summary>A value for <paramref name="header"/>: one its parser knows the shape of, or any hostile value.</summary>
    public static string ForHeader(Random random, string header) =>
        TypedHeaderValues.TryGetValue(header, out var typed) && random.Next(2) == 0 ? Pick(random, typed) : Any(random);

    /// <summary>A readable form of a value for failure messages: control characters shown, long values cut.</summary>
    public static string Describe(string value)
    {
        var shown = string.Concat(value.Take(120).Select(c => char.IsControl(c) || char.IsSurrogate(c) ? $"\\u{(int)c:x4}" : c.ToString()));
        return value.Length > 120 ? $"{shown}… ({value.Length} chars)" : shown;
    }
}
