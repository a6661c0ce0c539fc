using System.Security.Claims;
using FluentValidation;
using HybridTrainer.Data;
using HybridTrainer.Data.Coaching;
using HybridTrainer.Data.Gyms;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Common;
using HybridTrainer.Web.Infrastructure.Auth;
using HybridTrainer.Web.Infrastructure.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.Invitations;

/// <summary>
/// Creates and withdraws invitation links: a gym admin brings in coaches and staff, a coach brings in clients. A link
/// works once, for a week (<see cref="Lifetime"/>); only its token's hash is stored.
/// </summary>
internal sealed class InvitationIssuer(IDbContextFactory<HybridTrainerDbContext> dbFactory, IValidator<InviteInput> validator, TimeProvider clock, IStringLocalizer<InvitationsText> text)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    /// <summary>A gym admin invites a coach or a staff member to one of their gyms.</summary>
    public async Task<Outcome<CreatedInvitation>> InviteToGymAsync(ClaimsPrincipal user, Guid gymId, InviteInput input, CancellationToken cancellationToken = default)
    {
        var validation = await validator.ValidateAsync(input, cancellationToken);
        if (!validation.IsValid)
        {
            return validation.ToFailure();
        }

        if (input.Kind == InvitationKind.Client)
        {
            return Failure.Invalid(nameof(InviteInput.Kind), text["GymInvitesNoClients"]);
        }

        UserIds.TryGet(user, out var userId);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var isAdmin = await db.GymMemberships.AnyAsync(m => m.GymId == gymId && m.UserId == userId && m.Role == GymRole.Admin, cancellationToken);
        return isAdmin
            ? await StoreAsync(db, input.Kind, gymId, userId, null, input.Label, cancellationToken)
            : Failure.NotFound(text["GymNotYours"]);
    }

    /// <summary>A coach invites a client; with a managed profile, the athlete takes that profile (and its plan) over.</summary>
    public async Task<Outcome<CreatedInvitation>> InviteClientAsync(ClaimsPrincipal user, InviteInput input, CancellationToken cancellationToken = default)
    {
        input.Kind = InvitationKind.Client;
        var validation = await validator.ValidateAsync(input, cancellationToken);
        if (!validation.IsValid)
        {
            return validation.ToFailure();
        }

        if (!user.IsInRole(AppRoles.Coach) || !UserIds.TryGet(user, out var userId))
        {
            return Failure.Forbidden(text["OnlyCoachesInvite"]);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (input.ManagedAthleteId is { } managedId && !await db.CoachClients.AnyAsync(
                c => c.CoachUserId == userId && c.AthleteId == managedId && c.EndedAt == null && db.Athletes.Any(a => a.Id == managedId && a.UserId == null),
                cancellationToken))
        {
            return Failure.Invalid(nameof(InviteInput.ManagedAthleteId), text["NotAManagedClient"]);
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

    private async Task<Outcome<CreatedInvitation>> StoreAsync(
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
        return new CreatedInvitation(invitation.Id, $"invitations/{token}", invitation.ExpiresAt);
    }
}
