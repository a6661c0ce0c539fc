using System.Security.Claims;
using FluentValidation;
using HybridTrainer.Data;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Data.Coaching;
using HybridTrainer.Data.Gyms;
using HybridTrainer.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using HybridTrainer.Web.Infrastructure.Auth;

namespace HybridTrainer.Web.Features.Invitations;

/// <summary>
/// Invitation links: a gym admin brings in coaches and staff, a coach brings in clients. A link works once, for a week,
/// and can be revoked. Claiming it changes memberships and roles in one transaction, so a half-claimed link cannot exist.
/// </summary>
internal sealed class InvitationService(
    IDbContextFactory<HybridTrainerDbContext> dbFactory, IValidator<InviteInput> validator, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    /// <summary>The gyms the caller administers, each with its people and open links.</summary>
    public async Task<IReadOnlyList<GymPeople>> AdministeredGymsAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (!UserIds.TryGet(user, out var userId))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var gyms = await db.Gyms.AsNoTracking()
            .Where(g => g.Members.Any(m => m.UserId == userId && m.Role == GymRole.Admin))
            .OrderBy(g => g.Name)
            .Select(g => new { g.Id, g.Name })
            .ToListAsync(cancellationToken);
        var gymIds = gyms.Select(g => g.Id).ToList();
        var people = await (
                from m in db.GymMemberships.AsNoTracking()
                join u in db.Users on m.UserId equals u.Id
                where gymIds.Contains(m.GymId)
                orderby u.DisplayName, m.Role
                select new { m.GymId, Person = new GymPerson(u.Id, u.DisplayName, u.Email ?? "", m.Role, m.JoinedAt) })
            .ToListAsync(cancellationToken);
        var invitations = await db.Invitations.AsNoTracking()
            .Where(i => i.GymId != null && gymIds.Contains(i.GymId.Value) && i.Kind != InvitationKind.Client)
            .OrderByDescending(i => i.CreatedAt)
            .ToListAsync(cancellationToken);
        return [.. gyms.Select(g => new GymPeople(
            g.Id,
            g.Name,
            [.. people.Where(p => p.GymId == g.Id).Select(p => p.Person)],
            [.. invitations.Where(i => i.GymId == g.Id).Select(Sent)]))];
    }

    /// <summary>The client links a coach has sent, newest first.</summary>
    public async Task<IReadOnlyList<SentInvitation>> SentByCoachAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (!UserIds.TryGet(user, out var userId))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var sent = await db.Invitations.AsNoTracking()
            .Where(i => i.InvitedByUserId == userId && i.Kind == InvitationKind.Client)
            .OrderByDescending(i => i.CreatedAt)
            .ToListAsync(cancellationToken);
        return [.. sent.Select(Sent)];
    }

    /// <summary>The coach's clients without a login yet: profiles a client link can hand over.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> ManagedClientsAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (!UserIds.TryGet(user, out var userId))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var managed = await db.Athletes.AsNoTracking()
            .Where(a => a.UserId == null && db.CoachClients.Any(c => c.AthleteId == a.Id && c.CoachUserId == userId && c.EndedAt == null))
            .OrderBy(a => a.DisplayName)
            .Select(a => new { a.Id, a.DisplayName })
            .ToListAsync(cancellationToken);
        return [.. managed.Select(a => (a.Id, a.DisplayName))];
    }

    /// <summary>A gym admin invites a coach or a staff member to one of their gyms.</summary>
    public async Task<InvitationOutcome> InviteToGymAsync(ClaimsPrincipal user, Guid gymId, InviteInput input, CancellationToken cancellationToken = default)
    {
        if (await ValidateAsync(input, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        if (input.Kind == InvitationKind.Client)
        {
            return InvitationOutcome.Fail(nameof(InviteInput.Kind), "A gym invites coaches and staff; clients are invited by their coach.");
        }

        UserIds.TryGet(user, out var userId);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var isAdmin = await db.GymMemberships.AnyAsync(m => m.GymId == gymId && m.UserId == userId && m.Role == GymRole.Admin, cancellationToken);
        return isAdmin
            ? await StoreAsync(db, input.Kind, gymId, userId, null, input.Label, cancellationToken)
            : InvitationOutcome.Fail("", "That gym does not exist, or you do not manage it.");
    }

    /// <summary>A coach invites a client; with a managed profile, the athlete takes that profile (and its plan) over.</summary>
    public async Task<InvitationOutcome> InviteClientAsync(ClaimsPrincipal user, InviteInput input, CancellationToken cancellationToken = default)
    {
        input.Kind = InvitationKind.Client;
        if (await ValidateAsync(input, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        if (!user.IsInRole(AppRoles.Coach) || !UserIds.TryGet(user, out var userId))
        {
            return InvitationOutcome.Fail("", "Only a coach can invite clients.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (input.ManagedAthleteId is { } managedId && !await db.CoachClients.AnyAsync(
                c => c.CoachUserId == userId && c.AthleteId == managedId && c.EndedAt == null && db.Athletes.Any(a => a.Id == managedId && a.UserId == null),
                cancellationToken))
        {
            return InvitationOutcome.Fail(nameof(InviteInput.ManagedAthleteId), "That profile is not one of your clients without a login.");
        }

        var coachGym = await db.GymMemberships.Where(m => m.UserId == userId && m.Role == GymRole.Coach)
            .OrderBy(m => m.JoinedAt).Select(m => (Guid?)m.GymId).FirstOrDefaultAsync(cancellationToken);
        return await StoreAsync(db, InvitationKind.Client, coachGym, userId, input.ManagedAthleteId, input.Label, cancellationToken);
    }

    /// <summary>Revokes an open link; only its sender (or an admin of its gym) can.</summary>
    public async Task<bool> RevokeAsync(ClaimsPrincipal user, Guid invitationId, CancellationToken cancellationToken = default)
    {
        if (!UserIds.TryGet(user, out var userId))
        {
            return false;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var invitation = await db.Invitations.SingleOrDefaultAsync(
            i => i.Id == invitationId && i.ClaimedAt == null && i.RevokedAt == null
                && (i.InvitedByUserId == userId || db.GymMemberships.Any(m => m.GymId == i.GymId && m.UserId == userId && m.Role == GymRole.Admin)),
            cancellationToken);
        if (invitation is null)
        {
            return false;
        }

        invitation.RevokedAt = clock.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }

    /// <summary>What a link is, for the page that asks whether to accept it; null for a link that never existed.</summary>
    public async Task<InvitationPreview?> PreviewAsync(string token, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var hash = InvitationToken.Hash(token);
        var found = await db.Invitations.AsNoTracking()
            .Where(i => i.TokenHash == hash)
            .Select(i => new
            {
                Invitation = i,
                InvitedBy = db.Users.Where(u => u.Id == i.InvitedByUserId).Select(u => u.DisplayName).Single(),
                GymName = db.Gyms.Where(g => g.Id == i.GymId).Select(g => g.Name).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        return found is null
            ? null
            : new InvitationPreview(found.Invitation.Kind, found.InvitedBy, found.GymName, found.Invitation.InviteeLabel, StateOf(found.Invitation));
    }

    /// <summary>
    /// Accepts a link for the signed-in user. The caller refreshes the sign-in afterwards, since roles may have changed.
    /// </summary>
    public async Task<ClaimResult> ClaimAsync(ClaimsPrincipal user, string token, CancellationToken cancellationToken = default)
    {
        if (!UserIds.TryGet(user, out var userId))
        {
            return new ClaimResult(ClaimStatus.NotForYou, "Log in first, then open the link again.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var hash = InvitationToken.Hash(token);
        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
        if (invitation is null)
        {
            return new ClaimResult(ClaimStatus.NotFound, "This invitation link does not exist. Check that it was copied whole.");
        }

        if (StateOf(invitation) != InvitationState.Open)
        {
            return new ClaimResult(ClaimStatus.NoLongerValid, NoLongerValidMessage(StateOf(invitation)));
        }

        if (invitation.InvitedByUserId == userId)
        {
            return new ClaimResult(ClaimStatus.NotForYou, "You sent this link yourself; give it to the person it is for.");
        }

        var now = clock.GetUtcNow();
        var message = invitation.Kind switch
        {
            InvitationKind.GymCoach => await JoinGymAsync(db, userId, invitation.GymId!.Value, GymRole.Coach, AppRoles.Coach, now, cancellationToken),
            InvitationKind.GymStaff => await JoinGymAsync(db, userId, invitation.GymId!.Value, GymRole.Staff, AppRoles.GymStaff, now, cancellationToken),
            _ => await BecomeClientAsync(db, userId, invitation, now, cancellationToken),
        };
        invitation.ClaimedAt = now;
        invitation.ClaimedByUserId = userId;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone claimed or revoked the same link a moment earlier: the xmin check lets only one through.
            return new ClaimResult(ClaimStatus.NoLongerValid, "This invitation was used a moment ago and works only once.");
        }

        return new ClaimResult(ClaimStatus.Claimed, message);
    }

    private static async Task<string> JoinGymAsync(
        HybridTrainerDbContext db, Guid userId, Guid gymId, GymRole gymRole, string appRole, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!await db.GymMemberships.AnyAsync(m => m.GymId == gymId && m.UserId == userId && m.Role == gymRole, cancellationToken))
        {
            db.GymMemberships.Add(new GymMembership { Id = Guid.CreateVersion7(now), GymId = gymId, UserId = userId, Role = gymRole, JoinedAt = now });
        }

        await EnsureRoleAsync(db, userId, appRole, cancellationToken);
        var gym = await db.Gyms.Where(g => g.Id == gymId).Select(g => g.Name).SingleAsync(cancellationToken);
        return $"Welcome to {gym}. You are now {(gymRole == GymRole.Coach ? "a coach" : "on the staff")} there.";
    }

    private static async Task<string> BecomeClientAsync(
        HybridTrainerDbContext db, Guid userId, Invitation invitation, DateTimeOffset now, CancellationToken cancellationToken)
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
        await EnsureRoleAsync(db, userId, AppRoles.Athlete, cancellationToken);
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
            ? $"{coach} now coaches you. You kept your own profile; the one {coach} prepared stays with them."
            : $"{coach} now coaches you.";
    }

    private static async Task EnsureRoleAsync(HybridTrainerDbContext db, Guid userId, string role, CancellationToken cancellationToken)
    {
        var roleId = AppRoles.All.Single(r => r.Name == role).Id;
        if (!await db.UserRoles.AnyAsync(r => r.UserId == userId && r.RoleId == roleId, cancellationToken))
        {
            db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = userId, RoleId = roleId });
        }
    }

    private async Task<InvitationOutcome?> ValidateAsync(InviteInput input, CancellationToken cancellationToken)
    {
        var result = await validator.ValidateAsync(input, cancellationToken);
        return result.IsValid ? null : new InvitationOutcome(null, [.. result.Errors.Select(e => new InvitationError(e.PropertyName, e.ErrorMessage))]);
    }

    private async Task<InvitationOutcome> StoreAsync(
        HybridTrainerDbContext db, InvitationKind kind, Guid? gymId, Guid userId, Guid? athleteId, string label, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var token = InvitationToken.New();
        var invitation = new Invitation
        {
            Id = Guid.CreateVersion7(now),
            Kind = kind,
            GymId = gymId,
            InvitedByUserId = userId,
            AthleteId = athleteId,
            InviteeLabel = label.Trim(),
            TokenHash = InvitationToken.Hash(token),
            CreatedAt = now,
            ExpiresAt = now + Lifetime,
        };
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync(cancellationToken);
        return new InvitationOutcome(new CreatedInvitation(invitation.Id, $"invitations/{token}", invitation.ExpiresAt), []);
    }

    private SentInvitation Sent(Invitation i) => new(i.Id, i.Kind, i.InviteeLabel, i.CreatedAt, i.ExpiresAt, StateOf(i));

    private InvitationState StateOf(Invitation i) =>
        i.ClaimedAt is not null ? InvitationState.Claimed
        : i.RevokedAt is not null ? InvitationState.Revoked
        : i.ExpiresAt <= clock.GetUtcNow() ? InvitationState.Expired
        : InvitationState.Open;

    internal static string NoLongerValidMessage(InvitationState state) => state switch
    {
        InvitationState.Claimed => "This invitation has already been used; each link works once. Ask for a new one.",
        InvitationState.Revoked => "This invitation was withdrawn by the person who sent it. Ask for a new one.",
        _ => "This invitation has expired (links last a week). Ask for a new one.",
    };
}

public sealed record InvitationError(string Field, string Message);

/// <summary>A created link, or the reasons it was not created (by form field; an empty field is about the whole form).</summary>
public sealed record InvitationOutcome(CreatedInvitation? Created, IReadOnlyList<InvitationError> Errors)
{
    public static InvitationOutcome Fail(string field, string message) => new(null, [new InvitationError(field, message)]);
}
