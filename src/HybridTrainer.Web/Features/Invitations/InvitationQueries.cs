using System.Security.Claims;
using HybridTrainer.Data;
using HybridTrainer.Data.Coaching;
using HybridTrainer.Data.Gyms;
using Microsoft.EntityFrameworkCore;
using HybridTrainer.Web.Infrastructure.Auth;

namespace HybridTrainer.Web.Features.Invitations;

/// <summary>What the invitation pages list: a gym's people and open links, a coach's sent links, and one link's preview.</summary>
internal sealed class InvitationQueries(IDbContextFactory<HybridTrainerDbContext> dbFactory, TimeProvider clock)
{
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

    private SentInvitation Sent(Invitation i) => new(i.Id, i.Kind, i.InviteeLabel, i.CreatedAt, i.ExpiresAt, StateOf(i));

    private InvitationState StateOf(Invitation i) => InvitationStates.Of(i, clock.GetUtcNow());
}
