using System.Security.Claims;
using HybridTrainer.Data;
using HybridTrainer.Data.Athletes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using HybridTrainer.Web.Common;
using HybridTrainer.Web.Infrastructure.Auth;

namespace HybridTrainer.Web.Features.Athletes;

/// <summary>
/// The door every service goes through before touching an athlete's data. It finds how the caller relates to the
/// athlete (one query) and asks the authorization service about the operation. Pages and the API share it, so a
/// hand-crafted Blazor event or request meets the same check as a click.
/// </summary>
internal sealed class AthleteGate(IAuthorizationService authorization, Infrastructure.Audit.AuditLog audit, IStringLocalizer<AthleteText> text)
{
    /// <summary>
    /// The caller's access to <paramref name="athleteId"/> (their own profile when null), or null when the athlete does
    /// not exist, is not visible to the caller, or the operation is not allowed: for pages that simply show nothing.
    /// </summary>
    public async Task<AthleteAccess?> AuthorizeAsync(
        HybridTrainerDbContext db, ClaimsPrincipal user, Guid? athleteId, AthleteOperation operation, CancellationToken cancellationToken) =>
        (await CheckAsync(db, user, athleteId, operation, cancellationToken)).Value;

    /// <summary>As <see cref="AuthorizeAsync"/>, for the athlete who owns a planned session.</summary>
    public async Task<AthleteAccess?> AuthorizeSessionAsync(
        HybridTrainerDbContext db, ClaimsPrincipal user, Guid sessionId, AthleteOperation operation, CancellationToken cancellationToken) =>
        (await CheckSessionAsync(db, user, sessionId, operation, cancellationToken)).Value;

    /// <summary>
    /// The caller's access, or why not, from the same single query: not found when the caller cannot see the athlete at
    /// all (their existence is not confirmed), forbidden when they can but may not do this.
    /// </summary>
    public async Task<Outcome<AthleteAccess>> CheckAsync(
        HybridTrainerDbContext db, ClaimsPrincipal user, Guid? athleteId, AthleteOperation operation, CancellationToken cancellationToken)
    {
        var access = await ResolveAsync(db, user, athleteId, cancellationToken);
        return await DecideAsync(user, athleteId, access, operation);
    }

    /// <summary>
    /// The second half of <see cref="CheckAsync"/>, for reads that found the caller's relation in their own query (the
    /// week: relation and sessions in one round trip, see <see cref="AccessOf"/>): not found without a relation,
    /// otherwise the authorization service decides, and a refusal is audited.
    /// </summary>
    public async Task<Outcome<AthleteAccess>> DecideAsync(ClaimsPrincipal user, Guid? athleteId, AthleteAccess? access, AthleteOperation operation)
    {
        if (access is null)
        {
            return Failure.NotFound(athleteId is null ? text["NeedsProfile"] : text["NotVisible"]);
        }

        if (await AllowsAsync(user, access, operation))
        {
            return access;
        }

        audit.AccessRefused(access.UserId, operation.ToString(), access.AthleteId);
        return Failure.Forbidden(Refusal(operation));
    }

    /// <summary>As <see cref="CheckAsync"/>, for the athlete who owns a planned session.</summary>
    public async Task<Outcome<AthleteAccess>> CheckSessionAsync(
        HybridTrainerDbContext db, ClaimsPrincipal user, Guid sessionId, AthleteOperation operation, CancellationToken cancellationToken)
    {
        var athleteId = await db.PlannedSessions.Where(s => s.Id == sessionId).Select(s => (Guid?)s.AthleteId).SingleOrDefaultAsync(cancellationToken);
        return athleteId is null ? Failure.NotFound(text["NotVisible"]) : await CheckAsync(db, user, athleteId, operation, cancellationToken);
    }

    /// <summary>What a caller who sees the athlete but may not do <paramref name="operation"/> reads.</summary>
    private string Refusal(AthleteOperation operation) => operation switch
    {
        AthleteOperation.ViewRecovery or AthleteOperation.LogRecovery => text["HealthData"],
        AthleteOperation.ViewCoachNotes => text["CoachNotesPrivate"],
        AthleteOperation.WriteCoachNotes => text["OnlyCoachWritesNotes"],
        _ => text["StaffWrite"],
    };

    public async Task<bool> AllowsAsync(ClaimsPrincipal user, AthleteAccess access, AthleteOperation operation) =>
        (await authorization.AuthorizeAsync(user, access, AthleteOperations.Requirement(operation))).Succeeded;

    /// <summary>How the caller relates to the athlete, the closest relation first; null when none does.</summary>
    public static async Task<AthleteAccess?> ResolveAsync(
        HybridTrainerDbContext db, ClaimsPrincipal user, Guid? athleteId, CancellationToken cancellationToken)
    {
        if (!UserIds.TryGet(user, out var userId))
        {
            return null;
        }

        var related = AthleteRelations.Of(db, userId);
        var found = await (athleteId is { } id ? related.Where(r => r.Athlete.Id == id) : related.Where(r => r.Athlete.UserId == userId))
            .Select(r => new { r.Athlete.Id, r.Athlete.Units, r.Athlete.TimeZone, r.Self, r.Coach, r.Staff })
            .SingleOrDefaultAsync(cancellationToken);
        return found is null ? null : AccessOf(userId, found.Id, found.Self, found.Coach, found.Staff, found.Units, found.TimeZone);
    }

    /// <summary>The access a relation query's row gives: the closest relation, or null when none applies.</summary>
    public static AthleteAccess? AccessOf(Guid userId, Guid athleteId, bool self, bool coach, bool staff, UnitSystem units, string timeZone) =>
        AthleteRelations.Closest(self, coach, staff) is { } relation ? new AthleteAccess(athleteId, userId, relation, units, timeZone) : null;
}
