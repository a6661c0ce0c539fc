using HybridTrainer.Data;
using HybridTrainer.Data.Gyms;
using HybridTrainer.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace HybridTrainer.Web.Infrastructure.Auth;

/// <summary>
/// Whether a gym requires this person to have a second factor they have not set up yet: a coach, staff member or admin
/// of a gym with <see cref="Data.Gyms.Gym.RequireSecondFactorForStaff"/>, with neither an authenticator app nor a passkey.
/// Worked out when the sign-in cookie is made and at each security-stamp check (a minute), and carried in the cookie as
/// <see cref="MissingClaim"/>, so the gate costs no query per request.
/// </summary>
internal sealed class SecondFactorRequirement(HybridTrainerDbContext db)
{
    public const string MissingClaim = "hybridtrainer:second_factor_missing";

    public async Task<bool> IsMissingAsync(AppUser user, CancellationToken cancellationToken = default)
    {
        if (user.TwoFactorEnabled)
        {
            return false;
        }

        // Athletes (gym members) are never forced: the gym's setting is about the people who see others' data.
        var required = await db.GymMemberships.AnyAsync(
            m => m.UserId == user.Id && m.Role != GymRole.Member && m.Gym!.RequireSecondFactorForStaff, cancellationToken);
        return required && !await db.Set<IdentityUserPasskey<Guid>>().AnyAsync(p => p.UserId == user.Id, cancellationToken);
    }
}
