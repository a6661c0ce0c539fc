using System.Security.Claims;
using HybridTrainer.Data;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Data.Coaching;
using HybridTrainer.Data.Gyms;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Common;
using HybridTrainer.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.Invitations;

/// <summary>
/// Accepts an invitation link. Memberships, the coaching link and the claim are saved with the new role in one
/// SaveChanges through <see cref="UserManager{TUser}"/> on the request's own context, so a half-claimed link cannot
/// exist and the security stamp changes with the role (other sessions of the account re-read their roles).
/// </summary>
internal sealed class InvitationClaims(HybridTrainerDbContext db, UserManager<AppUser> users, IUserStore<AppUser> store, Infrastructure.Audit.AuditLog audit, TimeProvider clock, IStringLocalizer<InvitationsText> text)
{
    /// <summary>
    /// Accepts a link for the signed-in user and answers the welcome they read. The caller refreshes the sign-in
    /// afterwards, since roles may have changed.
    /// </summary>
    public async Task<Outcome<string>> ClaimAsync(ClaimsPrincipal user, string token, CancellationToken cancellationToken = default)
    {
        if (!UserIds.TryGet(user, out var userId) || await users.FindByIdAsync(userId.ToString()) is not { } account)
        {
            return Failure.Forbidden(text["LogInFirst"]);
        }

        var hash = InvitationToken.Hash(token);
        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
        if (invitation is null)
        {
            return Failure.NotFound(text["LinkDoesNotExist"]);
        }

        var now = clock.GetUtcNow();
        if (InvitationStates.Of(invitation, now) is not InvitationState.Open and var state)
        {
            return Failure.Conflict(InvitationStates.NoLongerValidMessage(state, text));
        }

        if (invitation.InvitedByUserId == userId)
        {
            return Failure.Forbidden(text["OwnLink"]);
        }

        // A gym link speaks for the gym only while its sender still runs it: one from an admin who has left grants nothing.
        if (invitation.Kind is InvitationKind.GymCoach or InvitationKind.GymStaff
            && !await db.GymMemberships.AnyAsync(m => m.GymId == invitation.GymId && m.UserId == invitation.InvitedByUserId && m.Role == GymRole.Admin, cancellationToken))
        {
            return Failure.Conflict(text["SenderLeft"]);
        }

        var (message, role) = invitation.Kind switch
        {
            InvitationKind.GymCoach => (await JoinGymAsync(userId, invitation.GymId!.Value, GymRole.Coach, now, cancellationToken), AppRoles.Coach),
            InvitationKind.GymStaff => (await JoinGymAsync(userId, invitation.GymId!.Value, GymRole.Staff, now, cancellationToken), AppRoles.GymStaff),
            _ => (await BecomeClientAsync(userId, invitation, now, cancellationToken), AppRoles.Athlete),
        };
        invitation.ClaimedAt = now;
        invitation.ClaimedByUserId = userId;
        try
        {
            // A new role is tracked by the user store and saved by UserManager together with a new security stamp (the
            // account's other sessions must sign in again to get it) and everything else tracked here, in one SaveChanges.
            IdentityResult saved;
            if (await users.IsInRoleAsync(account, role))
            {
                await db.SaveChangesAsync(cancellationToken);
                saved = IdentityResult.Success;
            }
            else
            {
                await ((IUserRoleStore<AppUser>)store).AddToRoleAsync(account, users.NormalizeName(role), cancellationToken);
                saved = await users.UpdateSecurityStampAsync(account);
            }

            if (!saved.Succeeded)
            {
                return Failure.Conflict(text["UsedMeanwhile"]);
            }

            audit.InvitationClaimed(userId, invitation.Id, invitation.InvitedByUserId, role);
            return message;
        }
        catch (DbUpdateException)
        {
            // Someone claimed or revoked the same link a moment earlier: the xmin check lets only one through.
            return Failure.Conflict(text["UsedMeanwhile"]);
        }
    }


    private async Task<string> JoinGymAsync(Guid userId, Guid gymId, GymRole gymRole, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!await db.GymMemberships.AnyAsync(m => m.GymId == gymId && m.UserId == userId && m.Role == gymRole, cancellationToken))
        {
            db.GymMemberships.Add(new GymMembership { Id = Guid.CreateVersion7(now), GymId = gymId, UserId = userId, Role = gymRole, JoinedAt = now });
        }

        var gym = await db.Gyms.Where(g => g.Id == gymId).Select(g => g.Name).SingleAsync(cancellationToken);
        return gymRole == GymRole.Coach ? text["WelcomeCoach", gym] : text["WelcomeStaff", gym];
    }

    private async Task<string> BecomeClientAsync(Guid userId, Invitation invitation, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var own = await db.Athletes.SingleOrDefaultAsync(a => a.UserId == userId, cancellationToken);
        var managed = invitation.AthleteId is { } managedId
            ? await db.Athletes.SingleOrDefaultAsync(a => a.Id == managedId && a.UserId == null, cancellationToken)
            : null;

        // An athlete with a profile keeps it: their own history counts more than what the coach typed in for them.
        var athlete = own ?? managed;
        if (athlete is null)
        {
            athlete = new Athlete
            {
                Id = Guid.CreateVersion7(now),
                DisplayName = await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).SingleAsync(cancellationToken),
                CreatedAt = now,
                UpdatedAt = now,
            };
            db.Athletes.Add(athlete);
        }

        athlete.UserId = userId;
        if (!await db.CoachClients.AnyAsync(c => c.CoachUserId == invitation.InvitedByUserId && c.AthleteId == athlete.Id && c.EndedAt == null, cancellationToken))
        {
            db.CoachClients.Add(new CoachClient { Id = Guid.CreateVersion7(now), CoachUserId = invitation.InvitedByUserId, AthleteId = athlete.Id, StartedAt = now });
        }

        if (invitation.GymId is { } gymId && athlete.GymId is null)
        {
            athlete.GymId = gymId;
            if (!await db.GymMemberships.AnyAsync(m => m.GymId == gymId && m.UserId == userId && m.Role == GymRole.Member, cancellationToken))
            {
                db.GymMemberships.Add(new GymMembership { Id = Guid.CreateVersion7(now), GymId = gymId, UserId = userId, Role = GymRole.Member, JoinedAt = now });
            }
        }

        var coach = await db.Users.Where(u => u.Id == invitation.InvitedByUserId).Select(u => u.DisplayName).SingleAsync(cancellationToken);
        return own is not null && managed is not null
            ? text["NowCoachesYouKeptProfile", coach]
            : text["NowCoachesYou", coach];
    }
}
