using System.Security.Claims;
using HybridTrainer.Data.Identity;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace HybridTrainer.Web.Infrastructure.Auth;

/// <summary>
/// Signs an open circuit out within <see cref="AccessChecks.Interval"/> of a password change, a role gained or lost, or a
/// lock-out (security stamp check), or of its session's log-out: a page left open does not keep a right that has ended.
/// </summary>
internal sealed class IdentityRevalidatingAuthenticationStateProvider(
        ILoggerFactory loggerFactory,
        IServiceScopeFactory scopeFactory,
        SignInSessions sessions,
        IConfiguration configuration,
        IOptions<IdentityOptions> options)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    /// <summary>
    /// Circuits wait in real time (the base class uses Task.Delay, not the app's TimeProvider), so browser tests shorten
    /// the wait with <c>Authentication:CircuitRevalidationInterval</c>; nothing else should.
    /// </summary>
    protected override TimeSpan RevalidationInterval { get; } =
        configuration.GetValue("Authentication:CircuitRevalidationInterval", AccessChecks.Interval);

    protected override async Task<bool> ValidateAuthenticationStateAsync(
        AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        // A logged-out (or signed-out-elsewhere) session ends its open pages too, not just its cookie.
        if (!await sessions.IsOpenAsync(authenticationState.User, cancellationToken))
        {
            return false;
        }

        await using var scope = scopeFactory.CreateAsyncScope();
        var userManager = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return await ValidateSecurityStampAsync(userManager, authenticationState.User);
    }

    private async Task<bool> ValidateSecurityStampAsync(UserManager<AppUser> userManager, ClaimsPrincipal principal)
    {
        var user = await userManager.GetUserAsync(principal);
        if (user is null)
        {
            return false;
        }

        if (!userManager.SupportsUserSecurityStamp)
        {
            return true;
        }

        var principalStamp = principal.FindFirstValue(options.Value.ClaimsIdentity.SecurityStampClaimType);
        var userStamp = await userManager.GetSecurityStampAsync(user);
        return principalStamp == userStamp;
    }
}
