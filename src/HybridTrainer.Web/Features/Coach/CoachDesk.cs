using System.Security.Claims;
using HybridTrainer.Data;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Data.Planning;
using HybridTrainer.Domain.Rules;
using HybridTrainer.Domain.Training;
using HybridTrainer.Web.Common.Why;
using HybridTrainer.Web.Features.Activities;
using HybridTrainer.Web.Features.Athletes;
using HybridTrainer.Web.Features.Dashboard;
using HybridTrainer.Web.Features.Plan;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using HybridTrainer.Domain.Time;
using HybridTrainer.Web.Infrastructure.Auth;

namespace HybridTrainer.Web.Features.Coach;

/// <summary>
/// The coach's table of active clients. Three narrow queries whatever the number of clients or weeks (people with their
/// current block, its kept plan verdict and their pairs; this week's and the last 28 days' sessions as dates and states;
/// check-ins). The plan checker's verdicts and the pairs' distances are read, not worked out: <see cref="CoachReadModel"/>
/// keeps them with every change. Only what depends on today (this week, missed, load, readiness) is worked out here.
/// </summary>
internal sealed class CoachDesk(IDbContextFactory<HybridTrainerDbContext> dbFactory, AthleteGate gate, TimeProvider clock, IStringLocalizer<WhyText> why)
{
    public const int ReadinessDays = 3;

    // HRV needs a 7-day window on a 28-day baseline (R27); resting heart rate fits inside that too.
    private const int RecoveryDays = R27ReadinessDowngrade.HrvWindowDays + R27ReadinessDowngrade.HrvBaselineDays;
    private const int LongestBlockDays = R31RaceBlockLength.MaxWeeks * 7;

    public async Task<IReadOnlyList<ClientRow>> ListClientsAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (!UserIds.TryGet(user, out var coachId))
        {
            return [];
        }

        // Each client's figures count in their own time zone; the queries cover every zone's today (UTC−12 to UTC+14).
        var earliest = clock.EarliestToday();
        var latest = clock.LatestToday();
        var since = TrainingLoad.Since(earliest.AddDays(-6), 1);
        var earliestMonday = LocalDays.MondayOf(earliest);
        var before = LocalDays.MondayOf(latest).AddDays(7);
        var recoverySince = earliest.AddDays(-RecoveryDays);
        var blockSince = earliest.AddDays(-LongestBlockDays);

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // The current block, its kept verdict and rated extra training ride along with each client: no separate round trips.
        var extraTraining = ExtraTraining.Rated(db, since, before);
        var asLoad = ExtraTraining.AsLoad;
        var clients = await db.Athletes.AsNoTracking()
            .Where(a => db.CoachClients.Any(c => c.AthleteId == a.Id && c.CoachUserId == coachId && c.EndedAt == null))
            .Include(a => a.LiftMaxes).Include(a => a.Shoes).AsSingleQuery()
            .Select(a => new
            {
                Athlete = a,
                Block = db.TrainingBlocks
                    .Where(b => b.AthleteId == a.Id && b.StartDate >= blockSince && b.StartDate.AddDays(7 * b.Weeks) > earliest)
                    .OrderByDescending(b => b.StartDate).ThenByDescending(b => b.CreatedAt)
                    .Select(b => new CurrentBlock(
                        b.Id, b.RaceDistance, b.RaceDate, b.RaceGoalTime, b.Snapshot.PredictedRaceSeconds,
                        db.BlockVerdicts.Where(v => v.BlockId == b.Id && v.Version == BlockVerdict.CurrentVersion).Select(v => v.Warnings).FirstOrDefault()))
                    .FirstOrDefault(),
                Extra = extraTraining.Where(e => e.AthleteId == a.Id).Select(asLoad).ToList(),
            })
            .ToListAsync(cancellationToken);
        var athletes = clients.Select(c => c.Athlete).ToList();
        var ids = athletes.Select(a => a.Id).ToList();
        var blocks = await WithVerdictsAsync(db, clients.Where(c => c.Block is not null).ToDictionary(c => c.Athlete.Id, c => c.Block!), cancellationToken);
        // Dates and states only: this week's sessions (compliance) and completed ones of the load windows.
        var sessions = await (
                from s in db.PlannedSessions.AsNoTracking()
                join l in db.SessionLogs on s.Id equals l.PlannedSessionId into logs
                from l in logs.DefaultIfEmpty()
                where ids.Contains(s.AthleteId) && s.Date >= since && s.Date < before && (s.Date >= earliestMonday || (l != null && l.Completed))
                select new SessionState(s.AthleteId, s.Date, s.Kind, l != null && l.Completed, l == null ? null : l.ActualDurationMinutes, l == null ? null : l.Rpe))
            .ToListAsync(cancellationToken);
        var checkIns = await db.RecoveryLogs.AsNoTracking()
            .Where(r => ids.Contains(r.AthleteId)
                && (r.Date >= recoverySince || r.Date == db.RecoveryLogs.Where(x => x.AthleteId == r.AthleteId).Max(x => x.Date)))
            .Select(r => new
            {
                r.AthleteId,
                Entry = new RecoveryEntry(r.Date, (double)r.SleepHours, r.SorenessLegs, r.SorenessUpper,
                    new WellnessScores(r.Fatigue, r.SleepQuality, r.MuscleSoreness, r.Stress, r.Mood), r.RestingHeartRate, r.HrvLnRmssd),
            })
            .ToListAsync(cancellationToken);

        var extraOf = clients.ToDictionary(c => c.Athlete.Id, c => c.Extra);
        var sessionsOf = sessions.ToLookup(s => s.AthleteId);
        var checkInsOf = checkIns.ToLookup(c => c.AthleteId, c => c.Entry);
        var rows = new List<ClientRow>();
        foreach (var athlete in athletes)
        {
            // The table shows recovery data, so each row passes the same authorization as the client's own page.
            if (!await gate.AllowsAsync(user, new AthleteAccess(athlete.Id, coachId, AthleteRelation.Coach), AthleteOperation.ViewRecovery))
            {
                continue;
            }

            var own = sessionsOf[athlete.Id].ToList();
            var entries = checkInsOf[athlete.Id].OrderBy(e => e.Date).ToList();
            // ACWR over the seven days ending today, so Monday mornings do not look like a sudden drop.
            var today = clock.TodayIn(athlete.TimeZone);
            rows.Add(Row(athlete, own, extraOf[athlete.Id], entries, blocks.GetValueOrDefault(athlete.Id), today, today.AddDays(-6)));
        }

        return ClientRow.AttentionFirst(rows);
    }

    /// <summary>Who the client is, for their overview page; null when the caller may not see their plan.</summary>
    public async Task<ClientHeader?> GetClientAsync(ClaimsPrincipal user, Guid athleteId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var access = await gate.AuthorizeAsync(db, user, athleteId, AthleteOperation.ViewPlan, cancellationToken);
        return access is null
            ? null
            : await db.Athletes.AsNoTracking().Where(a => a.Id == athleteId)
                .Select(a => new ClientHeader(a.Id, a.DisplayName, a.UserId != null, access))
                .SingleAsync(cancellationToken);
    }

    /// <summary>
    /// Current blocks without a kept verdict of this checker version (saved before the read model, or a rule changed since
    /// start-up) get theirs now, once: two more commands, only on that first read.
    /// </summary>
    private async Task<Dictionary<Guid, CurrentBlock>> WithVerdictsAsync(
        HybridTrainerDbContext db, Dictionary<Guid, CurrentBlock> blocks, CancellationToken cancellationToken)
    {
        var stale = blocks.Where(b => b.Value.Warnings is null).ToList();
        if (stale.Count == 0)
        {
            return blocks;
        }

        await CoachReadModel.RefreshAsync(dbFactory, [.. stale.Select(b => b.Key)], clock, cancellationToken);
        var blockIds = stale.Select(b => b.Value.Id).ToList();
        var kept = await db.BlockVerdicts.AsNoTracking().Where(v => blockIds.Contains(v.BlockId))
            .ToDictionaryAsync(v => v.BlockId, v => v.Warnings, cancellationToken);
        foreach (var (athleteId, block) in stale)
        {
            blocks[athleteId] = block with { Warnings = kept.GetValueOrDefault(block.Id) ?? [] };
        }

        return blocks;
    }

    private ClientRow Row(
        Athlete athlete, List<SessionState> sessions, List<ExtraTrainingLoad> extra, List<RecoveryEntry> entries, CurrentBlock? block, DateOnly today, DateOnly loadStart)
    {
        var monday = LocalDays.MondayOf(today);
        var week = sessions.Where(s => s.Date >= monday && s.Date < monday.AddDays(7)).ToList();
        var loads = sessions.Where(s => s.Completed && s.Date <= today)
            .Select(s => new LoggedLoad(s.Date, s.Kind, s.Minutes ?? 0, s.Rpe ?? 0))
            .Concat(extra.Where(e => e.Date <= today).Select(e => new LoggedLoad(e.Date, SessionKind.Run, e.Minutes, e.Rpe)))
            .ToList();
        var profileComplete = athlete.ToProfile() is not null;
        var shoes = athlete.Shoes.Where(s => s.RetiredOn is null).ToList();
        return new ClientRow(
            athlete.Id,
            athlete.DisplayName,
            athlete.UserId is not null,
            profileComplete,
            week.Count(s => s.Completed),
            week.Count,
            week.Count(s => s.Date < today && !s.Completed),
            entries.Count == 0 ? null : entries[^1].Date,
            ReadinessReason(entries, athlete.RestingHeartRate, today),
            TrainingLoad.Windows(loads, loadStart, 1)[^1].Acwr,
            profileComplete && block?.Warnings is { } warnings ? warnings : [],
            [.. shoes.Where(s => (double)s.TotalKilometres >= R29ShoeRetirement.RetireKm).Select(s => $"{s.Name} ({s.TotalKilometres:0} km)")],
            [.. shoes.Where(s => (double)s.TotalKilometres is >= R29ShoeRetirement.FlagKm and < R29ShoeRetirement.RetireKm).Select(s => $"{s.Name} ({s.TotalKilometres:0} km)")])
        {
            Race = block is { } current ? UpcomingRace.Of(current.RaceDistance, current.RaceDate, current.RaceGoalTime, current.PredictedRaceSeconds, today) : null,
        };
    }

    // The latest of the last three days whose check-in fires an R27 trigger, the engine's reasons in the reader's language.
    private string? ReadinessReason(List<RecoveryEntry> entries, int? restingHeartRate, DateOnly today)
    {
        for (var day = today; day > today.AddDays(-ReadinessDays); day = day.AddDays(-1))
        {
            var date = day;
            if (entries.Exists(e => e.Date == date)
                && R27ReadinessDowngrade.TriggersOn(date, entries, restingHeartRate) is { Count: > 0 } fired)
            {
                return string.Join(" ", fired.Select(f => why.Word(f.Reason)));
            }
        }

        return null;
    }

    private sealed record CurrentBlock(
        Guid Id, RaceDistance? RaceDistance, DateOnly? RaceDate, TimeSpan? RaceGoalTime, double? PredictedRaceSeconds, List<string>? Warnings);

    private sealed record SessionState(Guid AthleteId, DateOnly Date, SessionKind Kind, bool Completed, int? Minutes, int? Rpe);
}

/// <summary>A client as their overview page names them, with what the viewer may do.</summary>
public sealed record ClientHeader(Guid AthleteId, string Name, bool HasLogin, AthleteAccess Access);
