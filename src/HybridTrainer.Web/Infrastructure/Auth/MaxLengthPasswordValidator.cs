using HybridTrainer.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Infrastructure.Auth;

/// <summary>Identity has a minimum length but no maximum; this closes the other end for every password change.</summary>
internal sealed class MaxLengthPasswordValidator(IStringLocalizer<AuthText> text) : IPasswordValidator<AppUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password) =>
        Task.FromResult(password is { Length: > PasswordPolicy.MaximumLength }
            ? IdentityResult.Failed(new IdentityError
            {
                Code = "PasswordTooLong",
                Description = text["PasswordTooLong", PasswordPolicy.MaximumLength],
            })
            : IdentityResult.Success);
}
