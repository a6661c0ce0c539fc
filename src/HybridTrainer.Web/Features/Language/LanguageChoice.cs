using HybridTrainer.Web.Infrastructure.Localization;

namespace HybridTrainer.Web.Features.Language;

/// <summary>A language picked in the chooser (null: follow the browser) and the local page to go back to.</summary>
internal sealed record LanguageChoice(string? Language, string ReturnUrl)
{
    /// <summary>The choice, or null when the language is neither empty nor one the app speaks.</summary>
    public static LanguageChoice? From(string? language, string? returnUrl)
    {
        if (!string.IsNullOrEmpty(language) && !Languages.IsSupported(language))
        {
            return null;
        }

        return new(string.IsNullOrEmpty(language) ? null : language, IsLocal(returnUrl) ? returnUrl! : "/");
    }

    // Only a path on this site: "//host" and "/\host" are other sites to a browser.
    private static bool IsLocal(string? url) =>
        url is ['/', ..] && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
        && !url.Any(char.IsControl);
}
