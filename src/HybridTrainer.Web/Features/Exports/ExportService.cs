using HybridTrainer.Web.Common;
using System.Globalization;
using System.Security.Claims;
using HybridTrainer.Data;
using HybridTrainer.Data.Journal;
using HybridTrainer.Web.Features.Athletes;
using HybridTrainer.Web.Features.Journal;
using HybridTrainer.Web.Features.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.Exports;

/// <summary>
/// An athlete's data to take away: CSV of logged sessions and of check-ins for a date range, and everything they own
/// as JSON (their right of access and portability). For the athlete and their coach only: gym staff get no exports, as
/// logs carry RPE and notes and check-ins are health data. Every method answers null when the caller may not.
/// </summary>
internal sealed class ExportService(
    IDbContextFactory<HybridTrainerDbContext> dbFactory, AthleteGate gate, RecoveryCheckIn checkIns, TimeProvider clock, IStringLocalizer<ExportText> text)
{
    public static readonly string[] SessionColumns =
    [
        "date", "session_id", "title", "kind", "completed", "planned_minutes", "actual_minutes", "distance_km", "rpe", "load_au", "sets", "notes", "logged_at",
    ];

    public static readonly string[] RecoveryColumns =
    [
        "date", "sleep_hours", "sleep_quality", "fatigue", "muscle_soreness", "stress", "mood", "soreness_legs", "soreness_upper",
        "resting_heart_rate", "hrv_ln_rmssd", "foam_rolled",
    ];

    public async Task<Outcome<string>> SessionsCsvAsync(ClaimsPrincipal user, Guid athleteId, DateOnly first, DateOnly last, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var checkedAccess = await gate.CheckAsync(db, user, athleteId, AthleteOperation.LogTraining, cancellationToken);
        if (checkedAccess.Failure is { } refused)
        {
            return refused.IfForbidden(text["ExportsForAthleteAndCoach"]);
        }

        var access = checkedAccess.Value!;
        var rows = await (
                from log in db.SessionLogs.AsNoTracking()
                join session in db.PlannedSessions.AsNoTracking() on log.PlannedSessionId equals session.Id
                where log.AthleteId == access.AthleteId && session.Date >= first && session.Date <= last
                orderby session.Date
                select new { Session = session, Log = log })
            .ToListAsync(cancellationToken);
        var csv = new Csv().Row(SessionColumns);
        foreach (var (session, log) in rows.Select(r => (r.Session, r.Log)))
        {
            csv.Row(
                Csv.Date(session.Date),
                session.Id.ToString(),
                SessionText.Title(session.Kind, session.RunType, session.LiftFocus, session.IsDeload),
                session.Kind.ToString(),
                Csv.Yes(log.Completed),
                Csv.Number(session.DurationMinutes),
                Csv.Number(log.ActualDurationMinutes),
                Csv.Number(log.DistanceKm),
                Csv.Number(log.Rpe),
                Csv.Number(log.Completed ? (log.Rpe ?? 0) * (log.ActualDurationMinutes ?? 0) : 0),
                Csv.Text(Sets(log)),
                Csv.Text(log.Notes),
                log.LoggedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        }

        return csv.ToString();
    }

    public async Task<Outcome<string>> RecoveryCsvAsync(ClaimsPrincipal user, Guid athleteId, DateOnly first, DateOnly last, CancellationToken cancellationToken = default)
    {
        var listed = await checkIns.ListAsync(user, athleteId, first, last, cancellationToken);
        if (listed.Failure is { } refused)
        {
            return refused;
        }

        var entries = listed.Value!;
        var csv = new Csv().Row(RecoveryColumns);
        foreach (var r in entries)
        {
            csv.Row(
                Csv.Date(r.Date), Csv.Number(r.SleepHours), Csv.Number(r.SleepQuality), Csv.Number(r.Fatigue), Csv.Number(r.MuscleSoreness),
                Csv.Number(r.Stress), Csv.Number(r.Mood), Csv.Number(r.SorenessLegs), Csv.Number(r.SorenessUpper), Csv.Number(r.RestingHeartRate),
                Csv.Number(r.HrvLnRmssd), Csv.Yes(r.FoamRolled));
        }

        return csv.ToString();
    }

    /// <summary>Everything stored about the athlete, health data included, so only the athlete and their coach get it.</summary>
    public async Task<Outcome<AthleteExport>> ExportAllAsync(ClaimsPrincipal user, Guid athleteId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var checkedAccess = await gate.CheckAsync(db, user, athleteId, AthleteOperation.ViewRecovery, cancellationToken);
        if (checkedAccess.Failure is { } refused)
        {
            return refused.IfForbidden(text["FullExportHealthData"]);
        }

        var access = checkedAccess.Value!;
        var a = await db.Athletes.AsNoTracking().Include(x => x.LiftMaxes).Include(x => x.Shoes).AsSplitQuery()
            .SingleAsync(x => x.Id == access.AthleteId, cancellationToken);
        var blocks = await db.TrainingBlocks.AsNoTracking().Where(b => b.AthleteId == a.Id).OrderBy(b => b.StartDate).ToListAsync(cancellationToken);
        var sessions = await db.PlannedSessions.AsNoTracking().Where(s => s.AthleteId == a.Id).OrderBy(s => s.Date)
            .Select(s => new { Session = s, Logged = db.SessionLogs.Any(l => l.PlannedSessionId == s.Id) })
            .ToListAsync(cancellationToken);
        var logs = await db.SessionLogs.AsNoTracking().Where(l => l.AthleteId == a.Id).ToListAsync(cancellationToken);
        var recovery = await db.RecoveryLogs.AsNoTracking().Where(r => r.AthleteId == a.Id).OrderBy(r => r.Date).ToListAsync(cancellationToken);

        return new AthleteExport(
            clock.GetUtcNow(),
            new ExportedProfile(a.Id, a.DisplayName, a.GymId, a.Units, a.TimeZone, a.Goal, a.AvailableDays, a.BodyWeightKg, a.BirthYear, a.RestingHeartRate,
                a.RunningBaseWeeks, FiveKmTime.Format(a.FiveKmTime), a.CreatedAt, a.UpdatedAt),
            [.. a.LiftMaxes.OrderBy(l => l.Lift).Select(LiftMaxDto.From)],
            [.. a.Shoes.OrderBy(s => s.CreatedAt).Select(ShoeDto.From)],
            [.. blocks.Select(b => new ExportedBlock(b.Id, b.StartDate, b.Weeks, b.CreatedAt, b.Snapshot))],
            [.. sessions.Select(s => SessionDto.From(SessionView.For(s.Session, access), s.Logged))],
            [.. logs.Select(l => new ExportedLog(l.PlannedSessionId, SessionLogDto.From(l)))],
            [.. recovery.Select(RecoveryEntryDto.From)]);
    }

    private static string Sets(SessionLog log) =>
        string.Join("; ", log.Sets.OrderBy(s => s.Exercise, StringComparer.Ordinal).ThenBy(s => s.SetNumber)
            .Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Exercise} {s.Reps}{(s.Amrap ? "+" : "")}{(s.WeightKg is { } kg ? $" @ {kg:0.##} kg" : "")}")));
}
