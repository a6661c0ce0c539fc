using HybridTrainer.Data;
using HybridTrainer.Data.Gyms;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.Gym;

/// <summary>
/// The one rule for what a gym admin may do to a member's way in (a reset link, a second factor taken off): only their
/// own gym's members, and only accounts that are nothing but athletes, because a coach's, staff member's or admin's
/// rights reach beyond the gym (their other clients, other gyms) and one gym's admin must not weaken them.
/// </summary>
internal static class AthleteOnlyMember
{
    /// <summary>The member, or why the admin may not act on them; <paramref name="whereElse"/> ends the refusal for a coach or staff member.</summary>
    public static async Task<Outcome<AppUser>> FindAsync(
        HybridTrainerDbContext db, UserManager<AppUser> users, IStringLocalizer<GymText> text, Guid adminId, Guid gymId, Guid userId, string whereElse,
        CancellationToken cancellationToken)
    {
        if (!await db.GymMemberships.AnyAsync(m => m.GymId == gymId && m.UserId == adminId && m.Role == GymRole.Admin, cancellationToken))
        {
            return Failure.NotFound(text["NotManaged"]);
        }

        if (!await db.GymMemberships.AnyAsync(m => m.GymId == gymId && m.UserId == userId && m.Role == GymRole.Member, cancellationToken)
            || await users.FindByIdAsync(userId.ToString()) is not { } member)
        {
            return Failure.NotFound(text["NotAMember"]);
        }

        if ((await users.GetRolesAsync(member)).Any(r => r != AppRoles.Athlete))
        {
            return Failure.Forbidden(text["AlsoCoachOrStaff", member.DisplayName, whereElse]);
        }

        return member;
    }
}
