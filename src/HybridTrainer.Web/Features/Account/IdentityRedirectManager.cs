using Microsoft.AspNetCore.Components;

namespace HybridTrainer.Web.Features.Account;

/// <summary>Redirects after account actions, refusing absolute URLs so a crafted return link cannot leave the site.</summary>
internal sealed class IdentityRedirectManager(NavigationManager navigationManager)
{
    public void RedirectTo(string? uri)
    {
        uri ??= "";
        if (!Uri.IsWellFormedUriString(uri, UriKind.Relative) || uri.StartsWith("//", StringComparison.Ordinal))
        {
            uri = navigationManager.ToBaseRelativePath(uri);
        }

        navigationManager.NavigateTo(uri);
    }
}
