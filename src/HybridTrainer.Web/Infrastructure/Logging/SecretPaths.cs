using System.Text.RegularExpressions;

namespace HybridTrainer.Web.Infrastructure.Logging;

/// <summary>
/// Paths whose last segment is a secret (a calendar feed's token, an invitation or unsubscribe link, a printed sheet's short code):
/// whoever reads the logs must not be able to open them, so request logs write the segment as "***".
/// </summary>
internal static partial class SecretPaths
{
    public const string Mask = "***";

    public static string Redact(string path) => Secret().Replace(path, m => $"{m.Groups["prefix"].Value}{Mask}{m.Groups["suffix"].Value}");

    [GeneratedRegex(@"^(?<prefix>/(?:ical|invitations|unsubscribe|s)/)[^/]+?(?<suffix>\.ics)?/?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Secret();
}
