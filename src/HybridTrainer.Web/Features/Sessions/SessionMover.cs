using System.Security.Claims;
using HybridTrainer.Data;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Data.Planning;
using HybridTrainer.Domain.Planning;
using HybridTrainer.Web.Features.Athletes;
using HybridTrainer.Web.Infrastructure.Concurrency;
using Microsoft.EntityFrameworkCore;
using HybridTrainer.Domain.Time;

namespace HybridTrainer.Web.Features.Sessions;

/// <summary>
/// Moves a stored session to another day after the engine's plan checker has looked at the result.
/// A move that breaks a rule the plan did not already break is only saved once the person confirms it.
/// </summary>
internal sealed class SessionMover(IDbContextFactory<HybridTrainerDbContext> dbFactory, AthleteGate gate, TimeProvider clock)
{
    public Task<MoveOutcome> MoveAsync(ClaimsPrincipal user, Guid sessionId, DateOnly newDate, bool confirmed, CancellationToken cancellationToken = default) =>
        MoveAsync(user, sessionId, newDate, confirmed, null, cancellationToken);

    /// <summary>As above; with <paramref name="expected"/>, a session changed since the caller read it is refused as stale.</summary>
    public async Task<MoveOutcome> MoveAsync(
        ClaimsPrincipal user, Guid sessionId, DateOnly newDate, bool confirmed, ExpectedVersion? expected, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var access = await gate.AuthorizeSessionAsync(db, user, sessionId, AthleteOperation.EditPlan, cancellationToken);
        if (access is null)
        {
            return MoveOutcome.NotFound;
        }

        var athlete = await AthleteDirectory.LoadForEngineAsync(db, access.AthleteId, cancellationToken);
        var session = await db.PlannedSessions.SingleAsync(s => s.Id == sessionId, cancellationToken);
        if (expected is { } version && !version.Matches(session.Version))
        {
            return MoveOutcome.Stale;
        }

        if (await db.SessionLogs.AnyAsync(l => l.PlannedSessionId == session.Id, cancellationToken))
        {
            return MoveOutcome.Refused("This session is already logged; it stays on the day it was done.");
        }

        if (newDate < clock.TodayIn(access.TimeZone))
        {
            return MoveOutcome.Refused("Sessions can only move to today or later.");
        }

        var broken = athlete.ToProfile() is { } profile && session.BlockId is { } blockId
            ? await NewViolationsAsync(db, blockId, session, newDate, profile, cancellationToken)
            : [];
        if (broken.Count > 0 && !confirmed)
        {
            return MoveOutcome.NeedsConfirmation(broken);
        }

        session.Date = newDate;
        session.UpdatedByUserId = access.UserId;
        session.UpdatedAt = clock.GetUtcNow();
        // Written even when nothing changed (a move to the day it is on), so the version check still decides a race.
        db.Entry(session).Property(s => s.Date).IsModified = true;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return MoveOutcome.Stale;
        }

        return MoveOutcome.Moved(broken);
    }

    // Only what the move itself breaks: a plan the athlete already accepted with a warning is not flagged again.
    private static async Task<IReadOnlyList<MoveViolation>> NewViolationsAsync(
        HybridTrainerDbContext db, Guid blockId, PlannedSession moving, DateOnly newDate, Domain.Athletes.AthleteProfile profile, CancellationToken cancellationToken)
    {
        var plan = await StoredPlan.LoadAsync(db, blockId, profile, cancellationToken);
        var before = plan.Check().Select(Key).ToHashSet();
        var after = plan.CheckWith(moving.Id, plan.Sessions[moving.Id] with { Date = newDate });
        return [.. after.Where(v => !before.Contains(Key(v))).Select(v => new MoveViolation(v.Rule, v.Message))];
    }

    private static string Key(RuleViolation violation) => $"{violation.Rule}|{violation.Message}";
}

public sealed record MoveViolation(string Rule, string Message);

public sealed record MoveOutcome(MoveStatus Status, IReadOnlyList<MoveViolation> Violations, string? Message)
{
    public static readonly MoveOutcome NotFound = new(MoveStatus.NotFound, [], "That session does not exist.");

    public static readonly MoveOutcome Stale = new(MoveStatus.Stale, [], "This session was changed somewhere else meanwhile. Reload the week and try again.");

    public static MoveOutcome Refused(string message) => new(MoveStatus.Refused, [], message);

    public static MoveOutcome NeedsConfirmation(IReadOnlyList<MoveViolation> violations) => new(MoveStatus.NeedsConfirmation, violations, null);

    public static MoveOutcome Moved(IReadOnlyList<MoveViolation> acceptedViolations) => new(MoveStatus.Moved, acceptedViolations, null);
}

public enum MoveStatus
{
    Moved,
    NeedsConfirmation,
    Refused,
    NotFound,

    /// <summary>The session changed since it was read; nothing was saved.</summary>
    Stale,
}
