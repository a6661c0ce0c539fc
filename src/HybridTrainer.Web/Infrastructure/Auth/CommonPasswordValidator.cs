using HybridTrainer.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace HybridTrainer.Web.Infrastructure.Auth;

/// <summary>
/// Refuses passwords on the bundled common list (see <see cref="CommonPasswords"/>) wherever Identity sets one:
/// registration, password change, the demo seeder, any later reset path.
/// </summary>
internal sealed class CommonPasswordValidator : IPasswordValidator<AppUser>
{
    public const string Code = "PasswordTooCommon";

    public const string Message = "This password is among the most common ones; choose another.";

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password) =>
        Task.FromResult(password is not null && CommonPasswords.Bundled.IsCommon(password)
            ? IdentityResult.Failed(new IdentityError { Code = Code, Description = Message })
            : IdentityResult.Success);
}
