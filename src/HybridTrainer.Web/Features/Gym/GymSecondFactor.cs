using System.Security.Claims;
using HybridTrainer.Data;
using HybridTrainer.Data.Gyms;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Common;
using HybridTrainer.Web.Features.Account.TwoFactor;
using HybridTrainer.Web.Infrastructure.Audit;
using HybridTrainer.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.Gym;

/// <summary>
/// A gym admin's two levers on second factors: requiring one of the gym's coaches, staff and admins, and resetting a
/// member's lost one. Both only for gyms the caller administers; both audited.
/// </summary>
internal sealed class GymSecondFactor(IServiceScopeFactory scopes, AuditLog audit, IStringLocalizer<GymText> text)
{
    /// <summary>Whether each gym the caller administers requires a second factor of its staff.</summary>
    public async Task<IReadOnlyDictionary<Guid, bool>> RequirementsAsync(ClaimsPrincipal admin, CancellationToken cancellationToken = default)
    {
        if (!UserIds.TryGet(admin, out var adminId))
        {
            return new Dictionary<Guid, bool>();
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HybridTrainerDbContext>();
        return await db.GymMemberships.Where(m => m.UserId == adminId && m.Role == GymRole.Admin)
            .Select(m => new { m.GymId, m.Gym!.RequireSecondFactorForStaff })
            .ToDictionaryAsync(g => g.GymId, g => g.RequireSecondFactorForStaff, cancellationToken);
    }

    /// <summary>
    /// Turns the requirement on or off. Signed-in staff without a factor meet it at their next page load after the
    /// security-stamp check (at most <see cref="AccessChecks.Interval"/>), which re-reads it into their cookie.
    /// </summary>
    public async Task<Outcome<string>> SetRequirementAsync(ClaimsPrincipal admin, Guid gymId, bool required, CancellationToken cancellationToken = default)
    {
        if (!UserIds.TryGet(admin, out var adminId))
        {
            return Failure.Forbidden(text["LogInAgain"]);
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HybridTrainerDbContext>();
        var changed = await db.Gyms
            .Where(g => g.Id == gymId && g.Members.Any(m => m.UserId == adminId && m.Role == GymRole.Admin))
            .ExecuteUpdateAsync(s => s.SetProperty(g => g.RequireSecondFactorForStaff, required), cancellationToken);
        if (changed == 0)
        {
            return Failure.NotFound(text["NotManaged"]);
        }

        audit.GymSecondFactorRequirementChanged(gymId, required, adminId);
        return required
            ? text["SecondFactorNowRequired"].Value
            : text["SecondFactorNowOptional"].Value;
    }

    /// <summary>
    /// For a member who lost their phone and their recovery codes: turns off their authenticator app, voids its recovery
    /// codes and removes their passkeys, so they log in with their password and set a factor up again. Only for the members
    /// <see cref="AthleteOnlyMember"/> allows.
    /// </summary>
    public async Task<Outcome<string>> ResetMemberAsync(ClaimsPrincipal admin, Guid gymId, Guid userId, CancellationToken cancellationToken = default)
    {
        if (!UserIds.TryGet(admin, out var adminId))
        {
            return Failure.Forbidden(text["LogInAgain"]);
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HybridTrainerDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var found = await AthleteOnlyMember.FindAsync(db, users, text, adminId, gymId, userId, text["SecondFactorElsewhere"], cancellationToken);
        if (found.Value is not { } member)
        {
            return found.Failure!;
        }

        await scope.ServiceProvider.GetRequiredService<AuthenticatorApp>().TurnOffAsync(member);
        foreach (var passkey in await users.GetPasskeysAsync(member))
        {
            await users.RemovePasskeyAsync(member, passkey.CredentialId);
        }

        audit.SecondFactorResetByGymAdmin(member.Id, gymId, adminId);
        return text["SecondFactorReset", member.DisplayName].Value;
    }
}
