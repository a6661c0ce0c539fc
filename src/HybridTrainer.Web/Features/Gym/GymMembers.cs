using System.Security.Claims;
using HybridTrainer.Data;
using HybridTrainer.Data.Gyms;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Common;
using HybridTrainer.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.Gym;

/// <summary>
/// A gym admin takes a coach or a staff member out of their gym. Staff lose what the membership gave at once (every read
/// checks memberships); the account's security stamp changes with it, so a staff role that no gym backs any more leaves
/// their signed-in browsers within a minute. A coach keeps their own clients: coaching does not belong to the gym.
/// </summary>
internal sealed class GymMembers(IServiceScopeFactory scopes, IStringLocalizer<GymText> text)
{
    public async Task<Outcome<string>> RemoveAsync(ClaimsPrincipal admin, Guid gymId, Guid userId, GymRole role, CancellationToken cancellationToken = default)
    {
        if (role is not (GymRole.Coach or GymRole.Staff))
        {
            return Failure.Invalid("Role", text["OnlyCoachesAndStaffRemoved"]);
        }

        if (!UserIds.TryGet(admin, out var adminId))
        {
            return Failure.Forbidden(text["LogInAgain"]);
        }

        // Its own scope: one context for the membership and the account, saved together, never a circuit's long-lived one.
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HybridTrainerDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (!await db.GymMemberships.AnyAsync(m => m.GymId == gymId && m.UserId == adminId && m.Role == GymRole.Admin, cancellationToken))
        {
            return Failure.NotFound(text["NotManaged"]);
        }

        var membership = await db.GymMemberships.SingleOrDefaultAsync(m => m.GymId == gymId && m.UserId == userId && m.Role == role, cancellationToken);
        if (membership is null || await users.FindByIdAsync(userId.ToString()) is not { } person)
        {
            return Failure.NotFound(text["NoLongerInRole"]);
        }

        db.GymMemberships.Remove(membership);
        var staffElsewhere = await db.GymMemberships.AnyAsync(
            m => m.UserId == userId && m.Id != membership.Id && (m.Role == GymRole.Staff || m.Role == GymRole.Admin), cancellationToken);
        if (role == GymRole.Staff && !staffElsewhere && await users.IsInRoleAsync(person, AppRoles.GymStaff))
        {
            var store = (IUserRoleStore<AppUser>)scope.ServiceProvider.GetRequiredService<IUserStore<AppUser>>();
            await store.RemoveFromRoleAsync(person, users.NormalizeName(AppRoles.GymStaff), cancellationToken);
        }

        // Saves the membership, the role and a new stamp in one go.
        var saved = await users.UpdateSecurityStampAsync(person);
        if (saved.Succeeded)
        {
            scope.ServiceProvider.GetRequiredService<Infrastructure.Audit.AuditLog>().GymRoleRemoved(userId, role, gymId, adminId);
        }

        return saved.Succeeded
            ? (role == GymRole.Coach ? text["NoLongerCoach", person.DisplayName] : text["NoLongerStaff", person.DisplayName]).Value
            : Failure.Conflict(text["AccountChanged"]);
    }
}
