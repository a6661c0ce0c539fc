namespace HybridTrainer.Web.Infrastructure.Auth;

/// <summary>
/// "Firefox on Linux": enough to tell one's sessions apart, without storing the full fingerprint-rich header. The
/// summary is stored in English; <see cref="Parts"/> splits it back so a page can word it in its reader's language.
/// </summary>
internal static class UserAgents
{
    public const string UnknownBrowser = "Unknown browser";

    private const string On = " on ";

    private static readonly (string Token, string Name)[] Browsers =
    [
        ("Edg/", "Edge"), ("OPR/", "Opera"), ("Firefox/", "Firefox"), ("Chromium/", "Chromium"), ("Chrome/", "Chrome"),
        ("Safari/", "Safari"), ("curl/", "curl"),
    ];

    private static readonly (string Token, string Name)[] Systems =
    [
        ("Android", "Android"), ("iPhone", "iOS"), ("iPad", "iPadOS"), ("Windows", "Windows"), ("Mac OS X", "macOS"),
        ("CrOS", "ChromeOS"), ("Linux", "Linux"),
    ];

    public static string Summary(string? userAgent)
    {
        if (string.IsNullOrWhiteSpace(userAgent))
        {
            return UnknownBrowser;
        }

        var browser = Array.Find(Browsers, b => userAgent.Contains(b.Token, StringComparison.Ordinal)).Name ?? UnknownBrowser;
        var system = Array.Find(Systems, s => userAgent.Contains(s.Token, StringComparison.Ordinal)).Name;
        return system is null ? browser : $"{browser}{On}{system}";
    }

    /// <summary>
    /// A stored summary's product names: the browser (null when unknown) and the system (null when not known). Product
    /// names never contain " on ", so the first one separates them.
    /// </summary>
    public static (string? Browser, string? System) Parts(string summary)
    {
        var at = summary.IndexOf(On, StringComparison.Ordinal);
        var browser = at < 0 ? summary : summary[..at];
        var system = at < 0 ? null : summary[(at + On.Length)..];
        return (browser == UnknownBrowser ? null : browser, system);
    }
}
