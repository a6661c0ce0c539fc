using HybridTrainer.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace HybridTrainer.Web.Infrastructure.Auth;

/// <summary>
/// Identity's user manager, except that a password reset also revokes the account's personal access tokens: whoever
/// needed a reset may not have been the only one with the password. (A change on the password page asks instead.)
/// </summary>
internal sealed class AppUserManager(
        IUserStore<AppUser> store,
        IOptions<IdentityOptions> optionsAccessor,
        IPasswordHasher<AppUser> passwordHasher,
        IEnumerable<IUserValidator<AppUser>> userValidators,
        IEnumerable<IPasswordValidator<AppUser>> passwordValidators,
        ILookupNormalizer keyNormalizer,
        IdentityErrorDescriber errors,
        IServiceProvider services,
        ILogger<UserManager<AppUser>> logger,
        AccessTokenRevocation accessTokens)
    : UserManager<AppUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    public override async Task<IdentityResult> ResetPasswordAsync(AppUser user, string token, string newPassword)
    {
        var result = await base.ResetPasswordAsync(user, token, newPassword);
        if (result.Succeeded)
        {
            await accessTokens.RevokeAllAsync(user.Id, CancellationToken);
        }

        return result;
    }
}
