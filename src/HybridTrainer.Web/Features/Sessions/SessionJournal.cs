using System.Security.Claims;
using FluentValidation;
using HybridTrainer.Data;
using HybridTrainer.Data.Journal;
using HybridTrainer.Web.Common;
using HybridTrainer.Web.Features.Athletes;
using HybridTrainer.Web.Infrastructure.Validation;
using HybridTrainer.Web.Infrastructure.Auth;
using HybridTrainer.Web.Infrastructure.Concurrency;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.Sessions;

/// <summary>
/// Reads a planned session with its log and saves what was done: the athlete's own sessions, a coach's clients',
/// and (read-only, without the coach's note) a gym member's for the gym's staff.
/// </summary>
internal sealed class SessionJournal(
    IDbContextFactory<HybridTrainerDbContext> dbFactory,
    IValidator<LogSessionInput> validator,
    AthleteGate gate,
    TimeProvider clock,
    IStringLocalizer<SessionsText> text)
{
    public async Task<SessionDetail?> GetAsync(ClaimsPrincipal user, Guid sessionId, CancellationToken cancellationToken = default)
    {
        if (!UserIds.TryGet(user, out var userId))
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var found = await SessionQuery.ReadAsync(db, userId, sessionId, cancellationToken);
        if (found is null || (await gate.DecideAsync(user, found.Access?.AthleteId, found.Access, AthleteOperation.ViewPlan)).Value is not { } access)
        {
            return null;
        }

        var finishes = await RaceFinish.ForRacesAsync(db, [(found.Session.BlockId, found.Session.RunType)], cancellationToken);
        var session = SessionView.For(found.Session, access) with { RaceFinish = RaceFinish.For(finishes, found.Session.BlockId) };
        return new SessionDetail(session, found.Log is { } log ? SessionLogDto.For(log, access) : null, access, found.ChangedBy);
    }

    /// <summary>A new log or a correction of the existing one; invalid input changes nothing.</summary>
    public Task<Outcome<LogSaved>> SaveAsync(ClaimsPrincipal user, Guid sessionId, LogSessionInput input, CancellationToken cancellationToken = default) =>
        SaveAsync(user, sessionId, input, null, cancellationToken);

    /// <summary>
    /// As above; with <paramref name="expected"/>, the log must be the version the caller read (or not exist yet when
    /// the caller creates it), otherwise nothing is saved and the result says stale.
    /// </summary>
    public async Task<Outcome<LogSaved>> SaveAsync(
        ClaimsPrincipal user, Guid sessionId, LogSessionInput input, ExpectedVersion? expected, CancellationToken cancellationToken = default)
    {
        var validation = await validator.ValidateAsync(input, cancellationToken);
        if (!validation.IsValid)
        {
            return validation.ToFailure();
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var checkedAccess = await gate.CheckSessionAsync(db, user, sessionId, AthleteOperation.LogTraining, cancellationToken);
        if (checkedAccess.Failure is { } refused)
        {
            return refused;
        }

        var access = checkedAccess.Value!;
        var log = await db.SessionLogs.SingleOrDefaultAsync(l => l.PlannedSessionId == sessionId, cancellationToken);
        if (expected is { } version && !version.Matches(log?.Version))
        {
            return Failure.Stale(text["LogStale"]);
        }

        if (log is null)
        {
            log = new SessionLog { Id = Guid.CreateVersion7(clock.GetUtcNow()), PlannedSessionId = sessionId, AthleteId = access.AthleteId };
            db.SessionLogs.Add(log);
        }

        log.Completed = input.Completed;
        log.ActualDurationMinutes = input.Completed ? input.ActualDurationMinutes : null;
        log.DistanceKm = input.Completed ? input.DistanceKm : null;
        log.Rpe = input.Completed ? input.Rpe : null;
        log.Notes = string.IsNullOrWhiteSpace(input.Notes) ? null : input.Notes.Trim();
        log.Sets = input.Completed
            ? [.. input.Sets.Select(s => new LoggedSet { Exercise = s.Exercise, MainLift = s.MainLift, SetNumber = s.SetNumber, Reps = s.Reps, WeightKg = s.WeightKg, Amrap = s.Amrap })]
            : [];
        log.LoggedByUserId = access.UserId;
        log.LoggedAt = clock.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return Failure.Stale(text["LogStale"]);
        }

        return new LogSaved(log.Version);
    }

    /// <summary>The form's starting point: the saved log, or the plan itself (planned reps and kg on every set).</summary>
    public static LogSessionInput StartingInput(SessionDetail detail)
    {
        var plan = detail.Session;
        var sets = plan.Prescription.Exercises
            .SelectMany(e => e.Sets.Select((s, i) => new LogSetInput
            {
                Exercise = e.Name, MainLift = e.MainLift, SetNumber = i + 1, PlannedReps = s.Reps, Amrap = s.Amrap, Reps = s.Reps, WeightKg = s.WeightKg,
            }))
            .ToList();
        if (detail.Log is { } log)
        {
            foreach (var set in sets)
            {
                var done = log.Sets.FirstOrDefault(l => l.Exercise == set.Exercise && l.SetNumber == set.SetNumber);
                (set.Reps, set.WeightKg) = done is null ? (set.Reps, set.WeightKg) : (done.Reps, done.WeightKg);
            }

            return new LogSessionInput { Completed = log.Completed, ActualDurationMinutes = log.ActualDurationMinutes, DistanceKm = log.DistanceKm, Rpe = log.Rpe, Notes = log.Notes, Sets = sets };
        }

        return new LogSessionInput { ActualDurationMinutes = plan.DurationMinutes, DistanceKm = plan.Prescription.Run?.DistanceKm, Rpe = plan.PlannedRpe, Sets = sets };
    }
}

/// <summary>A session, its log if any, and what the viewer may do with it.</summary>
public sealed record SessionDetail(SessionView Session, SessionLogDto? Log, AthleteAccess Access, string? ChangedBy = null)
{
    public bool CanLog => Access.Can(AthleteOperation.LogTraining);
}

/// <summary>A saved log and its new version.</summary>
public sealed record LogSaved(uint Version);
