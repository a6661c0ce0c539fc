using HybridTrainer.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Infrastructure.Auth;

/// <summary>
/// Refuses passwords on the bundled common list (see <see cref="CommonPasswords"/>) wherever Identity sets one:
/// registration, password change, the demo seeder, any later reset path.
/// </summary>
internal sealed class CommonPasswordValidator(IStringLocalizer<AuthText> text) : IPasswordValidator<AppUser>
{
    public const string Code = "PasswordTooCommon";

    /// <summary>The refusal in English; people read it in their own language.</summary>
    public const string Message = "This password is among the most common ones; choose another.";

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password) =>
        Task.FromResult(password is not null && CommonPasswords.Bundled.IsCommon(password)
            ? IdentityResult.Failed(new IdentityError { Code = Code, Description = text["PasswordTooCommon"] })
            : IdentityResult.Success);
}
