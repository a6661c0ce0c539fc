using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace HybridTrainer.Web.Infrastructure.Auth;

/// <summary>
/// Ties the Identity cookie to a server-side <see cref="SignInSessions"/> row: a sign-in starts one and writes its id
/// into the cookie, and every request checks it before the security stamp. A cookie without the id (issued before
/// sessions were kept) is refused: its owner signs in once more.
/// </summary>
internal static class ServerSessionCookie
{
    public static void Configure(CookieAuthenticationOptions options)
    {
        var checkStamp = options.Events.OnValidatePrincipal ?? SecurityStampValidator.ValidatePrincipalAsync;
        options.Events.OnSigningIn = StartOrKeepAsync;
        options.Events.OnValidatePrincipal = async context =>
        {
            var sessions = context.HttpContext.RequestServices.GetRequiredService<SignInSessions>();
            if (context.Principal is null || !await sessions.IsOpenAsync(context.Principal, context.HttpContext.RequestAborted))
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(context.Scheme.Name);
                return;
            }

            await checkStamp(context);
        };
    }

    /// <summary>The security-stamp check rebuilds the principal every interval; the session id must survive that.</summary>
    public static Task KeepSessionClaim(SecurityStampRefreshingPrincipalContext context)
    {
        if (context.CurrentPrincipal?.FindFirst(SignInSessions.ClaimType) is { } claim && context.NewPrincipal?.Identity is ClaimsIdentity identity)
        {
            identity.AddClaim(new Claim(claim.Type, claim.Value));
        }

        return Task.CompletedTask;
    }

    /// <summary>A refreshed sign-in of the same person (password changed, role gained) keeps its session; a new log-in starts one.</summary>
    private static async Task StartOrKeepAsync(CookieSigningInContext context)
    {
        if (context.Principal?.Identity is not ClaimsIdentity identity || !UserIds.TryGet(context.Principal, out var userId))
        {
            return;
        }

        var sessions = context.HttpContext.RequestServices.GetRequiredService<SignInSessions>();
        var current = context.HttpContext.User;
        var cancellationToken = context.HttpContext.RequestAborted;
        var sessionId = SignInSessions.IdOf(current) is { } existing
                        && UserIds.TryGet(current, out var currentUser) && currentUser == userId
                        && await sessions.IsOpenAsync(current, cancellationToken)
            ? existing
            : await sessions.StartAsync(userId, context.HttpContext.Request.Headers.UserAgent, cancellationToken);
        foreach (var stale in identity.FindAll(SignInSessions.ClaimType).ToList())
        {
            identity.RemoveClaim(stale);
        }

        identity.AddClaim(new Claim(SignInSessions.ClaimType, sessionId.ToString()));
    }
}
