using Microsoft.AspNetCore.Components;

namespace HybridTrainer.Web.Features.Account;

/// <summary>Redirects after account actions, refusing absolute URLs so a crafted return link cannot leave the site.</summary>
internal sealed class IdentityRedirectManager(NavigationManager navigationManager)
{
    /// <summary>
    /// Goes to <paramref name="uri"/> when it points inside the app; anywhere else (another site, "//host", "/\host",
    /// a scheme) goes to the home page. A link anyone can send must neither leave the app nor fail.
    /// </summary>
    public void RedirectTo(string? uri) => navigationManager.NavigateTo(LocalOrHome(uri, navigationManager.BaseUri));

    internal static string LocalOrHome(string? uri, string baseUri)
    {
        if (string.IsNullOrEmpty(uri) || uri.Any(char.IsControl) || uri.Contains('\\', StringComparison.Ordinal))
        {
            return "";
        }

        if (uri.StartsWith("//", StringComparison.Ordinal))
        {
            return "";
        }

        if (Uri.IsWellFormedUriString(uri, UriKind.Relative))
        {
            return uri;
        }

        // An absolute address of the app itself ("https://app/plan") is fine as its base-relative path.
        return Uri.TryCreate(uri, UriKind.Absolute, out var absolute) && absolute.AbsoluteUri.StartsWith(baseUri, StringComparison.OrdinalIgnoreCase)
            ? absolute.AbsoluteUri[baseUri.Length..]
            : "";
    }
}
