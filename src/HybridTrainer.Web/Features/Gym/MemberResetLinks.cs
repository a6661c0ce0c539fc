using System.Security.Claims;
using HybridTrainer.Data;
using HybridTrainer.Data.Gyms;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Common;
using HybridTrainer.Web.Features.Account;
using HybridTrainer.Web.Infrastructure.Audit;
using HybridTrainer.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HybridTrainer.Web.Features.Gym;

/// <summary>
/// A password reset link a gym admin hands to a member who has no mailbox to receive one (or when the server sends no
/// e-mail). Only for the admin's own gym's members, and only for accounts that are nothing but athletes: a link for a
/// coach, staff member or admin would let one admin take over rights that reach beyond their gym.
/// </summary>
internal sealed class MemberResetLinks(IServiceScopeFactory scopes, IOptions<DataProtectionTokenProviderOptions> tokenOptions, AuditLog audit)
{
    public TimeSpan LinkLifetime => tokenOptions.Value.TokenLifespan;

    public async Task<Outcome<string>> CreateAsync(ClaimsPrincipal admin, Guid gymId, Guid userId, string requestRoot, CancellationToken cancellationToken = default)
    {
        if (!UserIds.TryGet(admin, out var adminId))
        {
            return Failure.Forbidden("Log in again to manage the gym.");
        }

        // Its own scope, never a circuit's long-lived context.
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HybridTrainerDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (!await db.GymMemberships.AnyAsync(m => m.GymId == gymId && m.UserId == adminId && m.Role == GymRole.Admin, cancellationToken))
        {
            return Failure.NotFound("That gym does not exist, or you do not manage it.");
        }

        if (!await db.GymMemberships.AnyAsync(m => m.GymId == gymId && m.UserId == userId && m.Role == GymRole.Member, cancellationToken)
            || await users.FindByIdAsync(userId.ToString()) is not { } member)
        {
            return Failure.NotFound("That person is not a member of this gym.");
        }

        if ((await users.GetRolesAsync(member)).Any(r => r != AppRoles.Athlete))
        {
            return Failure.Forbidden($"{member.DisplayName} is also a coach or on a gym's staff: they reset their password by e-mail, or ask whoever runs this server.");
        }

        var link = await scope.ServiceProvider.GetRequiredService<PasswordReset>().LinkAsync(member, requestRoot);
        audit.PasswordResetLinkCreated(member.Id, gymId, adminId);
        return link;
    }
}
