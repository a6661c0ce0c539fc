using HybridTrainer.Web.Features.Sessions;
using HybridTrainer.Web.Common;
using HybridTrainer.Web.Common.Why;
using System.Security.Claims;
using HybridTrainer.Data;
using HybridTrainer.Domain.Adaptation;
using HybridTrainer.Domain.Rules;
using HybridTrainer.Domain.Training;
using HybridTrainer.Web.Features.Activities;
using HybridTrainer.Web.Features.Athletes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using HybridTrainer.Domain.Time;

namespace HybridTrainer.Web.Features.Dashboard;

/// <summary>
/// The athlete's home: today, this week, nutrition and sleep targets, readiness and the load trend. Readiness is
/// health data, so the view is for the athlete and their coach only.
/// </summary>
internal sealed class DashboardService(IDbContextFactory<HybridTrainerDbContext> dbFactory, AthleteGate gate, TimeProvider clock, IStringLocalizer<WhyText> why)
{
    public const int ChartWeeks = 10;

    public async Task<DashboardView?> GetAsync(ClaimsPrincipal user, Guid? athleteId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var access = await gate.AuthorizeAsync(db, user, athleteId, AthleteOperation.ViewRecovery, cancellationToken);
        var athlete = access is null ? null : await db.Athletes.AsNoTracking().SingleAsync(a => a.Id == access.AthleteId, cancellationToken);
        if (athlete?.BodyWeightKg is not { } bodyWeight)
        {
            return null;
        }

        var today = clock.TodayIn(athlete.TimeZone);
        var monday = LocalDays.MondayOf(today);
        var week = await db.PlannedSessions.AsNoTracking()
            .Where(s => s.AthleteId == athlete.Id && s.Date >= monday && s.Date < monday.AddDays(7))
            .OrderBy(s => s.Date)
            .Select(s => new { Session = s, Done = db.SessionLogs.Any(l => l.PlannedSessionId == s.Id && l.Completed) })
            .ToListAsync(cancellationToken);
        var finishes = await RaceFinish.ForRacesAsync(db, week.Where(w => w.Session.Date == today).Select(w => (w.Session.BlockId, w.Session.RunType)), cancellationToken);
        var todaysCheckIn = await db.RecoveryLogs.AsNoTracking().SingleOrDefaultAsync(r => r.AthleteId == athlete.Id && r.Date == today, cancellationToken);
        var loads = await WeeklyLoadsAsync(db, athlete.Id, monday, ChartWeeks, cancellationToken);
        // R25 follows the latest weigh-in; the profile's weight until there is one.
        var latestWeight = await Progress.BodyLog.LatestWeightAsync(db, athlete.Id, today, cancellationToken);

        return new DashboardView(
            today,
            [.. week.Where(w => w.Session.Date == today).Select(w => SessionView.For(w.Session, access!) with { RaceFinish = RaceFinish.For(finishes, w.Session.BlockId) })],
            week.Count(w => w.Done),
            week.Count,
            R25Protein.For(latestWeight ?? bodyWeight),
            why.Word(R26SleepTarget.For(athlete.BirthYear, today)),
            todaysCheckIn is null ? null : ReadinessScore.For(new RecoveryEntry(
                today, (double)todaysCheckIn.SleepHours, todaysCheckIn.SorenessLegs, todaysCheckIn.SorenessUpper,
                new WellnessScores(todaysCheckIn.Fatigue, todaysCheckIn.SleepQuality, todaysCheckIn.MuscleSoreness, todaysCheckIn.Stress, todaysCheckIn.Mood),
                todaysCheckIn.RestingHeartRate, todaysCheckIn.HrvLnRmssd)),
            loads);
    }

    /// <summary>
    /// The logged load of the last <paramref name="weeks"/> weeks up to this one, with ACWR. Load and ACWR describe how
    /// the body copes (an injury-risk figure), so they are for the athlete and their coach only.
    /// </summary>
    public async Task<Outcome<IReadOnlyList<WeeklyLoad>>> GetLoadHistoryAsync(
        ClaimsPrincipal user, Guid? athleteId, int weeks = ChartWeeks, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var checkedAccess = await gate.CheckAsync(db, user, athleteId, AthleteOperation.ViewRecovery, cancellationToken);
        if (checkedAccess.Failure is { } refused)
        {
            return refused;
        }

        var access = checkedAccess.Value!;
        return Outcome.Of(await WeeklyLoadsAsync(db, access.AthleteId, clock.ThisMondayIn(access.TimeZone), weeks, cancellationToken));
    }

    // Loads come from what was logged, not what was planned: the chart shows training done.
    private static async Task<IReadOnlyList<WeeklyLoad>> WeeklyLoadsAsync(HybridTrainerDbContext db, Guid athleteId, DateOnly thisMonday, int chartWeeks, CancellationToken cancellationToken)
    {
        var since = TrainingLoad.Since(thisMonday, chartWeeks);
        var logged = await (
                from log in db.SessionLogs.AsNoTracking()
                join session in db.PlannedSessions on log.PlannedSessionId equals session.Id
                where log.AthleteId == athleteId && log.Completed && session.Date >= since && session.Date < thisMonday.AddDays(7)
                select new LoggedLoad(session.Date, session.Kind, log.ActualDurationMinutes ?? 0, log.Rpe ?? 0))
            .ToListAsync(cancellationToken);
        var extra = await ExtraTraining.LoadsAsync(db, [athleteId], since, thisMonday.AddDays(7), cancellationToken);
        // Extra training is endurance work in the chart's terms (a ride, a swim, an unplanned run).
        logged.AddRange(extra.Select(e => new LoggedLoad(e.Date, SessionKind.Run, e.Minutes, e.Rpe)));
        return TrainingLoad.Windows(logged, thisMonday, chartWeeks);
    }
}
