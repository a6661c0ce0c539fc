using System.Security.Claims;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace HybridTrainer.Web.Infrastructure.Auth;

/// <summary>
/// Puts the person's display name in the sign-in cookie, so the app greets them by name without a query, and marks a
/// second factor their gym requires but they lack, and their chosen language (see <see cref="Features.Account.TwoFactor.SecondFactorGate"/>).
/// </summary>
internal sealed class DisplayNameClaimsPrincipalFactory(
        UserManager<AppUser> userManager,
        RoleManager<IdentityRole<Guid>> roleManager,
        IOptions<IdentityOptions> options,
        SecondFactorRequirement secondFactor)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole<Guid>>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (!string.IsNullOrWhiteSpace(user.DisplayName))
        {
            identity.AddClaim(new Claim(UserNames.DisplayNameClaim, user.DisplayName));
        }

        if (Languages.IsSupported(user.Language))
        {
            identity.AddClaim(new Claim(Languages.Claim, user.Language!));
        }

        if (await secondFactor.IsMissingAsync(user))
        {
            identity.AddClaim(new Claim(SecondFactorRequirement.MissingClaim, "true"));
        }

        return identity;
    }
}

public static class UserNames
{
    public const string DisplayNameClaim = "hybridtrainer:display_name";

    /// <summary>The name to greet someone by: their display name, or the e-mail of a cookie issued before names were in it.</summary>
    public static string DisplayName(ClaimsPrincipal user) =>
        user.FindFirstValue(DisplayNameClaim) is { Length: > 0 } name ? name : user.Identity?.Name ?? "";
}
