using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace HybridTrainer.Web.Infrastructure.Auth;

/// <summary>
/// Long random tokens that act as credentials (access tokens, calendar feed links). 32 random bytes, URL-safe, with a
/// recognisable prefix so a leaked one is easy to spot in logs or code; only the SHA-256 of the whole token is stored.
/// </summary>
public static class SecretTokens
{
    public const string AccessTokenPrefix = "htp_";

    public const string CalendarFeedPrefix = "htc_";

    /// <summary>How many leading characters are kept in clear so people can tell their tokens apart.</summary>
    public const int VisibleCharacters = 12;

    private const int RandomBytes = 32;

    public static string New(string prefix) => prefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(RandomBytes));

    public static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    public static string Visible(string token) => token[..Math.Min(VisibleCharacters, token.Length)];

    /// <summary>A cheap shape check before touching the database: right prefix, plausible length, URL-safe characters.</summary>
    public static bool LooksLike(string token, string prefix) =>
        token.Length is > 40 and < 100
        && token.StartsWith(prefix, StringComparison.Ordinal)
        && token.AsSpan(prefix.Length).IndexOfAnyExcept(UrlSafe) < 0;

    private static readonly System.Buffers.SearchValues<char> UrlSafe =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");
}
