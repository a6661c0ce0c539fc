using System.Net;

namespace HybridTrainer.Web.Tests.Infrastructure.Oidc;

/// <summary>
/// Signs in through the test provider the way a browser does, one redirect at a time: the app's start link, the
/// provider's authorization endpoint, the app's /signin-oidc and its callback. Each hop may be changed on the way.
/// </summary>
public static class ProviderSignIn
{
    /// <summary>Follows the redirects from the start link; answers the last response (the one that is not a redirect to follow).</summary>
    public static async Task<HttpResponseMessage> RunAsync(HttpClient client, string? returnUrl = null, Func<Uri, Uri>? tamper = null)
    {
        var next = new Uri(client.BaseAddress!, returnUrl is null ? "/account/external-login" : $"/account/external-login?returnUrl={Uri.EscapeDataString(returnUrl)}");
        for (var hop = 0; hop < 8; hop++)
        {
            var response = await client.GetAsync(next);
            if (response.StatusCode is not (HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther) || response.Headers.Location is null)
            {
                return response;
            }

            var location = response.Headers.Location.IsAbsoluteUri ? response.Headers.Location : new Uri(next, response.Headers.Location);
            // Stop where the app lands the person: its pages are read by the caller.
            if (location.Port == client.BaseAddress!.Port && !location.AbsolutePath.StartsWith("/signin-oidc", StringComparison.Ordinal)
                && !location.AbsolutePath.StartsWith("/account/external-login/callback", StringComparison.Ordinal))
            {
                return response;
            }

            next = tamper is null ? location : tamper(location);
        }

        throw new InvalidOperationException("Too many redirects while signing in through the provider.");
    }

    /// <summary>Where a finished run sent the person (a path of the app).</summary>
    public static string LandedOn(HttpResponseMessage response) =>
        response.Headers.Location is { } location ? (location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString) : "";
}
