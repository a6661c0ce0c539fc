using HybridTrainer.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace HybridTrainer.Web.Infrastructure.Auth;

/// <summary>
/// The app's default scheme: a policy that sends API requests carrying a bearer token to the access-token handler and
/// everything else to the Identity cookie, so /api accepts either and pages keep using the cookie only.
/// </summary>
internal static class ApiAuthentication
{
    public const string PolicyScheme = "CookieOrAccessToken";

    public static AuthenticationBuilder AddCookieOrAccessToken(this AuthenticationBuilder builder) => builder
        .AddScheme<AuthenticationSchemeOptions, AccessTokenAuthenticationHandler>(AccessTokenAuthenticationHandler.SchemeName, null)
        .AddPolicyScheme(PolicyScheme, "Cookie or personal access token", options =>
            options.ForwardDefaultSelector = context =>
                ApiRequests.Is(context) && AccessTokenAuthenticationHandler.HasBearer(context.Request)
                    ? AccessTokenAuthenticationHandler.SchemeName
                    : IdentityConstants.ApplicationScheme);
}
