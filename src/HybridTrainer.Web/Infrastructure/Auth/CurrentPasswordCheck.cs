using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Common;
using HybridTrainer.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Identity;

namespace HybridTrainer.Web.Infrastructure.Auth;

/// <summary>What asking a signed-in person for their current password found.</summary>
internal enum CurrentPassword
{
    Right,
    Wrong,

    /// <summary>Too many wrong passwords (here or at log-in): the account is locked for the configured time.</summary>
    LockedOut,
}

/// <summary>
/// Re-asks the current password before something sensitive (a password change, a new access token). A wrong one counts
/// towards the same lock-out as a wrong log-in, so a stolen session cannot guess the password at leisure.
/// </summary>
internal sealed class CurrentPasswordCheck(UserManager<AppUser> users, AuditLog audit)
{
    /// <summary>Said under the password field wherever a current password is asked.</summary>
    public const string WrongPassword = "The current password is not right.";

    /// <summary>The answer once wrong passwords have locked the account.</summary>
    public static readonly Failure LockedOut = Failure.Forbidden("Too many wrong passwords: your account is locked for a few minutes.");

    public async Task<CurrentPassword> CheckAsync(AppUser user, string password, string where)
    {
        if (await users.IsLockedOutAsync(user))
        {
            return CurrentPassword.LockedOut;
        }

        if (await users.CheckPasswordAsync(user, password))
        {
            await ForgetFailuresAsync(user);
            return CurrentPassword.Right;
        }

        return await RecordWrongAsync(user, where);
    }

    /// <summary>Counts a wrong current password found elsewhere (Identity's own change-password check).</summary>
    public async Task<CurrentPassword> RecordWrongAsync(AppUser user, string where)
    {
        audit.WrongCurrentPassword(user.Id, where);
        await users.AccessFailedAsync(user);
        if (!await users.IsLockedOutAsync(user))
        {
            return CurrentPassword.Wrong;
        }

        audit.AccountLockedOut(user.Id, where);
        return CurrentPassword.LockedOut;
    }

    /// <summary>A right password clears earlier misses, as a successful log-in does; no write when there were none.</summary>
    public async Task ForgetFailuresAsync(AppUser user)
    {
        if (await users.GetAccessFailedCountAsync(user) > 0)
        {
            await users.ResetAccessFailedCountAsync(user);
        }
    }
}
