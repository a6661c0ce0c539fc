using System.Security.Claims;
using HybridTrainer.Activities;
using HybridTrainer.Data;
using HybridTrainer.Domain.Progress;
using HybridTrainer.Domain.Rules;
using HybridTrainer.Domain.Time;
using HybridTrainer.Domain.Training;
using HybridTrainer.Web.Common;
using HybridTrainer.Web.Features.Athletes;
using Microsoft.EntityFrameworkCore;
using DomainSet = HybridTrainer.Domain.Training.LoggedSet;

namespace HybridTrainer.Web.Features.Progress;

/// <summary>
/// The progress page's figures. Logged sets, body weight and heart rate are health and log data: the athlete and their
/// coach see them, gym staff never do. Whatever the span, the page costs the same few queries (access, blocks, logs,
/// activities, body log), each projecting only what is drawn.
/// </summary>
internal sealed class ProgressService(IDbContextFactory<HybridTrainerDbContext> dbFactory, AthleteGate gate, TimeProvider clock)
{
    public const int MinWeeks = 4;
    public const int MaxWeeks = 52;
    public const int DefaultWeeks = 12;

    public async Task<Outcome<ProgressView>> GetAsync(ClaimsPrincipal user, Guid? athleteId, int weeks = DefaultWeeks, CancellationToken cancellationToken = default)
    {
        weeks = Math.Clamp(weeks, MinWeeks, MaxWeeks);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var checkedAccess = await gate.CheckAsync(db, user, athleteId, AthleteOperation.ViewRecovery, cancellationToken);
        if (checkedAccess.Failure is { } refused)
        {
            return refused;
        }

        var access = checkedAccess.Value!;
        var today = clock.TodayIn(access.TimeZone);
        var firstMonday = LocalDays.MondayOf(today).AddDays(-7 * (weeks - 1));
        var end = today.AddDays(1);

        var blocks = await db.TrainingBlocks.AsNoTracking()
            .Where(b => b.AthleteId == access.AthleteId && b.StartDate < end)
            .OrderBy(b => b.StartDate)
            .Select(b => new { b.StartDate, b.Snapshot.Vdot, b.Snapshot.Weeks, b.Snapshot.HeartRate })
            .ToListAsync(cancellationToken);
        var logs = await LogsAsync(db, access.AthleteId, firstMonday, end, cancellationToken);
        var runs = await db.Activities.AsNoTracking()
            .Where(a => a.AthleteId == access.AthleteId && a.LocalDate >= firstMonday && a.LocalDate < end && a.Sport == ActivitySport.Running)
            .Select(a => new { Date = a.LocalDate!.Value, a.DistanceMeters, a.MovingSeconds, a.AverageHeartRate, a.MatchedSessionId })
            .ToListAsync(cancellationToken);
        var body = await db.BodyMeasurements.AsNoTracking()
            .Where(m => m.AthleteId == access.AthleteId && m.Date >= firstMonday.AddDays(-BodyWeightTrend.WindowDays) && m.Date < end)
            .OrderBy(m => m.Date)
            .Select(m => new { m.Date, m.WeightKg, m.ChestCm, m.UpperArmCm, m.WaistCm, m.ThighCm })
            .ToListAsync(cancellationToken);

        var lifts = logs.Where(l => l.Sets.Count > 0).Select(l => (l.Date, Sets: (IReadOnlyList<DomainSet>)l.Sets)).ToList();
        var oneRepMaxes = Enum.GetValues<MainLift>().ToDictionary(lift => lift, lift => OneRepMaxEstimate.Series(lifts, lift));
        var cycles = blocks.SelectMany(b => b.Weeks.Where(w => w.WaveWeek == 1 || w.ProgramWeek == 1).SelectMany(w =>
        {
            var start = b.StartDate.AddDays(7 * (w.ProgramWeek - 1));
            return new[]
            {
                (start, MainLift.Squat, w.SquatTrainingMaxKg), (start, MainLift.BenchPress, w.BenchPressTrainingMaxKg),
                (start, MainLift.Deadlift, w.DeadliftTrainingMaxKg), (start, MainLift.OverheadPress, w.OverheadPressTrainingMaxKg),
            };
        })).Where(c => c.Item1 < end);
        var amraps = lifts.SelectMany(l => l.Sets.Where(s => s is { Amrap: true, MainLift: not null, PrescribedReps: > 0 })
            .Select(s => new AmrapResult(s.MainLift!.Value, l.Date, s.PrescribedReps, s.Reps))).ToList();

        var trend = BodyWeightTrend.MovingAverage(body.Select(b => new DatedValue(b.Date, b.WeightKg)));
        var bodyPoints = body.Zip(trend, (b, t) => new BodyPoint(b.Date, b.WeightKg, t.Value, b.ChestCm, b.UpperArmCm, b.WaistCm, b.ThighCm))
            .Where(p => p.Date >= firstMonday).ToList();

        var runsDone = logs.Where(l => l.Kind == SessionKind.Run)
            .Select(l => new RunDone(l.Date, l.RunType, l.DistanceKm ?? 0, l.Minutes ?? 0))
            .Concat(runs.Where(r => r.MatchedSessionId is null).Select(r => new RunDone(r.Date, null, (decimal)Math.Round((r.DistanceMeters ?? 0) / 1000, 2), (int)Math.Round(r.MovingSeconds / 60))));
        var vdot = blocks.Where(b => b.Vdot is not null && b.StartDate >= firstMonday).Select(b => new DatedValue(b.StartDate, (decimal)Math.Round(b.Vdot!.Value, 1)))
            .Concat(logs.Where(l => l is { RunType: RunType.Race, DistanceKm: > 0, Minutes: > 0 })
                .Select(l => new DatedValue(l.Date, (decimal)Math.Round(Vdot.FromRace((double)l.DistanceKm!.Value * 1000, TimeSpan.FromMinutes(l.Minutes!.Value)), 1))))
            .OrderBy(v => v.Date).ToList();
        var band = blocks.LastOrDefault(b => b.HeartRate is not null)?.HeartRate is { } hr ? new EasyBand(hr.SteadyLowBpm, hr.SteadyHighBpm) : null;
        var easyPace = band is null ? [] : EasyPaceAtHeartRate.Weekly(
            runs.Where(r => r.AverageHeartRate is not null && r.DistanceMeters is not null)
                .Select(r => new HeartRateRun(r.Date, r.DistanceMeters!.Value / 1000, r.MovingSeconds, r.AverageHeartRate!.Value)),
            band.LowBpm, band.HighBpm);

        var volume = Enumerable.Range(0, weeks).Select(w =>
        {
            var monday = firstMonday.AddDays(7 * w);
            var week = logs.Where(l => l.Date >= monday && l.Date < monday.AddDays(7)).ToList();
            var repetitions = week.Where(l => l.RunType is { } type && HypertrophyVolumeRule.Counts(type)).Sum(l => l.Repetitions ?? 0);
            return new VolumeWeek(monday, HypertrophyVolumeRule.FromLifting(week.SelectMany(l => l.Sets)), HypertrophyVolumeRule.FromRunRepetitions(repetitions));
        }).ToList();

        return new ProgressView(
            access, firstMonday, today, weeks, oneRepMaxes,
            [.. TrainingMaxCycles.From(cycles).Where(c => c.Start >= firstMonday.AddDays(-28))],
            amraps, RepRecords.From(lifts.SelectMany(l => l.Sets.Select(s => (l.Date, s)))),
            bodyPoints, RunningWeeks.From(runsDone, firstMonday, weeks), vdot, easyPace, band, volume);
    }

    /// <summary>Completed sessions in a span, with their sets as the domain reads them and the AMRAP reps asked.</summary>
    internal static async Task<List<LoggedDay>> LogsAsync(HybridTrainerDbContext db, Guid athleteId, DateOnly since, DateOnly before, CancellationToken cancellationToken)
    {
        var rows = await (
                from log in db.SessionLogs.AsNoTracking()
                join session in db.PlannedSessions on log.PlannedSessionId equals session.Id
                where log.AthleteId == athleteId && log.Completed && session.Date >= since && session.Date < before
                orderby session.Date
                select new { session.Date, session.Kind, session.RunType, log.ActualDurationMinutes, log.Rpe, log.DistanceKm, log.Sets, session.Prescription })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new LoggedDay(
            r.Date, r.Kind, r.RunType, r.ActualDurationMinutes, r.Rpe, r.DistanceKm ?? r.Prescription.Run?.DistanceKm,
            r.Prescription.Run?.Repetitions,
            [.. r.Sets.Select(s => ToDomain(s, r.Prescription))]))];
    }

    private static DomainSet ToDomain(Data.Journal.LoggedSet set, Data.Planning.SessionPrescription prescription)
    {
        var lift = Enum.TryParse<MainLift>(set.MainLift, out var parsed) ? parsed : (MainLift?)null;
        var asked = set.Amrap
            ? prescription.Exercises.Where(e => e.Name == set.Exercise).SelectMany(e => e.Sets).FirstOrDefault(s => s.Amrap)?.Reps ?? 0
            : 0;
        return new DomainSet(set.Exercise, lift, set.Reps, set.WeightKg ?? 0, set.Amrap, asked);
    }
}

/// <summary>One completed session as the progress figures read it.</summary>
internal sealed record LoggedDay(DateOnly Date, SessionKind Kind, RunType? RunType, int? Minutes, int? Rpe, decimal? DistanceKm, int? Repetitions, IReadOnlyList<DomainSet> Sets);
