using System.Security.Claims;
using HybridTrainer.Data;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Data.Planning;
using HybridTrainer.Domain.Planning;
using HybridTrainer.Web.Common;
using HybridTrainer.Web.Common.Why;
using HybridTrainer.Web.Features.Athletes;
using HybridTrainer.Web.Infrastructure.Concurrency;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using HybridTrainer.Domain.Time;

namespace HybridTrainer.Web.Features.Sessions;

/// <summary>
/// Moves a stored session to another day after the engine's plan checker has looked at the result.
/// A move that breaks a rule the plan did not already break is only saved once the person confirms it.
/// </summary>
internal sealed class SessionMover(
    IDbContextFactory<HybridTrainerDbContext> dbFactory, AthleteGate gate, TimeProvider clock, IStringLocalizer<SessionsText> text, IStringLocalizer<WhyText> why)
{
    public Task<Outcome<Moved>> MoveAsync(ClaimsPrincipal user, Guid sessionId, DateOnly newDate, bool confirmed, CancellationToken cancellationToken = default) =>
        MoveAsync(user, sessionId, newDate, confirmed, null, cancellationToken);

    /// <summary>As above; with <paramref name="expected"/>, a session changed since the caller read it is refused as stale.</summary>
    public async Task<Outcome<Moved>> MoveAsync(
        ClaimsPrincipal user, Guid sessionId, DateOnly newDate, bool confirmed, ExpectedVersion? expected, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var checkedAccess = await gate.CheckSessionAsync(db, user, sessionId, AthleteOperation.EditPlan, cancellationToken);
        if (checkedAccess.Failure is { } refused)
        {
            return refused;
        }

        var access = checkedAccess.Value!;
        var athlete = await AthleteDirectory.LoadForEngineAsync(db, access.AthleteId, cancellationToken);
        var session = await db.PlannedSessions.SingleAsync(s => s.Id == sessionId, cancellationToken);
        if (expected is { } version && !version.Matches(session.Version))
        {
            return Failure.Stale(text["MoveStale"]);
        }

        if (await db.SessionLogs.AnyAsync(l => l.PlannedSessionId == session.Id, cancellationToken))
        {
            return Failure.Conflict(text["MoveAlreadyLogged"]);
        }

        if (newDate < clock.TodayIn(access.TimeZone))
        {
            return Failure.Conflict(text["MoveToPast"]);
        }

        var broken = athlete.ToProfile() is { } profile && session.BlockId is { } blockId
            ? await NewViolationsAsync(db, blockId, session, newDate, profile, cancellationToken)
            : [];
        if (broken.Count > 0 && !confirmed)
        {
            return Failure.NeedsConfirmation(broken);
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
            return Failure.Stale(text["MoveStale"]);
        }

        return new Moved(broken);
    }

    // Only what the move itself breaks: a plan the athlete already accepted with a warning is not flagged again.
    private async Task<IReadOnlyList<RuleWarning>> NewViolationsAsync(
        HybridTrainerDbContext db, Guid blockId, PlannedSession moving, DateOnly newDate, Domain.Athletes.AthleteProfile profile, CancellationToken cancellationToken)
    {
        var plan = await StoredPlan.LoadAsync(db, blockId, profile, cancellationToken);
        var before = plan.Check().Select(Key).ToHashSet();
        var after = plan.CheckWith(moving.Id, plan.Sessions[moving.Id] with { Date = newDate });
        return [.. after.Where(v => !before.Contains(Key(v))).Select(v => new RuleWarning(v.Rule, why.Word(v.Reason)))];
    }

    // The same finding before and after: the same rule, key and arguments, whatever language it is worded in.
    private static (string Rule, Domain.Training.Reason Reason) Key(RuleViolation violation) => (violation.Rule, violation.Reason);
}

/// <summary>A saved move, with the rule breaks the person confirmed.</summary>
public sealed record Moved(IReadOnlyList<RuleWarning> AcceptedWarnings);
