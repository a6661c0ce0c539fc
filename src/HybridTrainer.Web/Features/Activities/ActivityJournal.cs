using System.Security.Claims;
using HybridTrainer.Data;
using HybridTrainer.Web.Common;
using HybridTrainer.Web.Features.Athletes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.Activities;

/// <summary>
/// Reads an athlete's imported activities and takes the session RPE of those without a planned session. Activities
/// carry heart rate, so they are health data: the athlete and their coach only.
/// </summary>
internal sealed class ActivityJournal(IDbContextFactory<HybridTrainerDbContext> dbFactory, AthleteGate gate, IStringLocalizer<ActivitiesText> text)
{
    /// <summary>Activities whose own day lies in from..to, newest first; those without a clock come last.</summary>
    public async Task<Outcome<ActivityList>> ListAsync(
        ClaimsPrincipal user, Guid? athleteId, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var checkedAccess = await gate.CheckAsync(db, user, athleteId, AthleteOperation.ViewRecovery, cancellationToken);
        if (checkedAccess.Failure is { } refused)
        {
            return refused;
        }

        var access = checkedAccess.Value!;
        var athlete = access.AthleteId;
        var rows = await db.Activities.AsNoTracking()
            .Where(a => a.AthleteId == athlete && (a.LocalDate == null || (a.LocalDate >= from && a.LocalDate <= to)))
            .OrderByDescending(a => a.StartTime.HasValue).ThenByDescending(a => a.StartTime).ThenByDescending(a => a.ImportedAt)
            .Take(MaxListed)
            .ToListAsync(cancellationToken);
        return new ActivityList([.. rows.Select(ActivityDto.From)], access);
    }

    /// <summary>The activity recorded for a planned session, for whoever may see the athlete's health data; null otherwise.</summary>
    public async Task<RecordedActivity?> ForSessionAsync(ClaimsPrincipal user, Guid sessionId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await gate.AuthorizeSessionAsync(db, user, sessionId, AthleteOperation.ViewRecovery, cancellationToken) is null)
        {
            return null;
        }

        var row = await db.Activities.AsNoTracking().SingleOrDefaultAsync(a => a.MatchedSessionId == sessionId, cancellationToken);
        return row is null ? null : new RecordedActivity(ActivityDto.From(row), [.. row.Samples.Select(TracePoint.From)]);
    }

    /// <summary>One activity, for whoever may see its athlete's health data; null otherwise.</summary>
    public async Task<ActivityDto?> GetAsync(ClaimsPrincipal user, Guid activityId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.Activities.AsNoTracking().SingleOrDefaultAsync(a => a.Id == activityId, cancellationToken);
        return row is not null && await gate.AuthorizeAsync(db, user, row.AthleteId, AthleteOperation.ViewRecovery, cancellationToken) is not null
            ? ActivityDto.From(row)
            : null;
    }

    /// <summary>Rates an activity that has no planned session (1–10, Foster's session RPE), so it counts in the load.</summary>
    public async Task<Outcome<uint>> RateAsync(ClaimsPrincipal user, Guid activityId, int? rpe, uint expectedVersion, CancellationToken cancellationToken = default)
    {
        if (rpe is not (>= MinRpe and <= MaxRpe))
        {
            return Failure.Invalid("rpe", text["RateFromOneToTen"]);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var activity = await db.Activities.SingleOrDefaultAsync(a => a.Id == activityId, cancellationToken);
        if (activity is null)
        {
            return Failure.NotFound();
        }

        var checkedAccess = await gate.CheckAsync(db, user, activity.AthleteId, AthleteOperation.LogTraining, cancellationToken);
        if (checkedAccess.Failure is { } refused)
        {
            return refused;
        }

        if (activity.MatchedSessionId is not null)
        {
            return Failure.Conflict(text["RateInSession"]);
        }

        if (expectedVersion != activity.Version)
        {
            return Failure.Stale(text["ActivityStale"]);
        }

        activity.Rpe = rpe;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.Stale(text["ActivityStale"]);
        }

        return activity.Version;
    }

    public const int MinRpe = 1;

    public const int MaxRpe = 10;

    /// <summary>A page of activities; a year of daily training fits.</summary>
    public const int MaxListed = 500;

}

/// <summary>An athlete's activities and what the viewer may do with them (units, time zone, importing).</summary>
public sealed record ActivityList(IReadOnlyList<ActivityDto> Activities, AthleteAccess Access)
{
    public bool CanImport => Access.Can(AthleteOperation.LogTraining);
}

/// <summary>An activity with the points of its recording, for the session page's chart.</summary>
public sealed record RecordedActivity(ActivityDto Activity, IReadOnlyList<TracePoint> Trace);
