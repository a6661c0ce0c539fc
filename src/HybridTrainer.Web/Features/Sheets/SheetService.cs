using System.Security.Claims;
using HybridTrainer.Data;
using HybridTrainer.Domain.Rules;
using HybridTrainer.Web.Features.Athletes;
using Microsoft.EntityFrameworkCore;
using HybridTrainer.Domain.Time;
using HybridTrainer.Web.Infrastructure.Auth;
using HybridTrainer.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.Sheets;

/// <summary>
/// Loads printable weeks for the athletes the caller may print for (<see cref="AthleteOperation.PrintSheet"/>) in two
/// database commands whatever their number: athletes, then their sessions with their blocks' training maxes. Ids the caller
/// may not see are dropped silently, so the answer never tells whether they exist. Each sheet is worded in its athlete's
/// language, read with the athletes, whoever prints it.
/// </summary>
internal sealed class SheetService(IDbContextFactory<HybridTrainerDbContext> dbFactory, TimeProvider clock, IStringLocalizer<SheetText> text)
{
    /// <summary>Monday of the current week in the caller's time zone, the chooser's default.</summary>
    public async Task<DateOnly> ThisMondayAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        UserIds.TryGet(user, out var userId);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var zone = await db.Users.Where(u => u.Id == userId).Select(u => u.TimeZone).SingleOrDefaultAsync(cancellationToken);
        return clock.ThisMondayIn(zone);
    }

    public async Task<IReadOnlyList<AthleteSheet>> LoadAsync(ClaimsPrincipal user, SheetRequest request, CancellationToken cancellationToken = default)
    {
        if (!UserIds.TryGet(user, out var userId) || (!request.All && request.AthleteIds.Count == 0))
        {
            return [];
        }

        var monday = LocalDays.MondayOf(request.Week);
        var sunday = monday.AddDays(6);
        var asked = request.AthleteIds.Distinct().ToArray();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

        var athletes = await AthleteRelations.Allowing(db, userId, AthleteOperation.PrintSheet).AsNoTracking()
            .Where(a => request.All || asked.Contains(a.Id))
            .OrderBy(a => a.DisplayName).ThenBy(a => a.Id)
            .Select(a => new SheetAthleteRow(
                a.Id,
                a.DisplayName,
                a.Units,
                a.BodyWeightKg,
                db.Gyms.Where(g => g.Id == a.GymId).Select(g => g.Name).FirstOrDefault(),
                db.Gyms.Where(g => g.Id == a.GymId).Select(g => (decimal?)g.SmallestPlatePairKg).FirstOrDefault(),
                Languages.ForPerson(
                    db.Users.Where(u => u.Id == a.UserId).Select(u => u.Language).FirstOrDefault(),
                    db.Users.Where(u => u.Id == a.UserId).Select(u => u.BrowserLanguage).FirstOrDefault())))
            .ToListAsync(cancellationToken);
        if (athletes.Count == 0)
        {
            return [];
        }

        var ids = athletes.Select(a => a.Id).ToArray();
        // The block's training maxes ride along on each session row (a left join): one command fewer than reading
        // the blocks apart, and four numbers per row cost less than a round trip.
        var rows = await (
                from s in db.PlannedSessions.AsNoTracking()
                where ids.Contains(s.AthleteId) && s.Date >= monday && s.Date <= sunday
                join b in db.TrainingBlocks.AsNoTracking() on s.BlockId equals b.Id into joined
                from b in joined.DefaultIfEmpty()
                select new
                {
                    Session = new SheetSessionRow(
                        s.Id, s.AthleteId, s.BlockId, s.Date, s.Kind, s.RunType, s.LiftFocus, s.IsDeload, s.DurationMinutes, s.PlannedRpe,
                        s.DowngradeReason != null || s.Adjustment == R27ReadinessDowngrade.Id,
                        s.Prescription),
                    Maxes = b == null
                        ? null
                        : new SheetBlockMaxes(b.Id, b.Snapshot.SquatTrainingMaxKg, b.Snapshot.BenchPressTrainingMaxKg, b.Snapshot.DeadliftTrainingMaxKg, b.Snapshot.OverheadPressTrainingMaxKg,
                            b.Snapshot.PredictedRaceSeconds, b.Snapshot.RaceUsesGoalPace, b.RaceGoalTime),
                })
            .ToListAsync(cancellationToken);

        var sessions = rows.Select(r => r.Session).ToList();
        var blocks = new Dictionary<Guid, SheetBlockMaxes>();
        foreach (var maxes in rows.Select(r => r.Maxes).OfType<SheetBlockMaxes>())
        {
            blocks.TryAdd(maxes.Id, maxes);
        }

        var byAthlete = sessions.ToLookup(s => s.AthleteId);
        return [.. athletes.Select(a => Build(a, monday, byAthlete[a.Id], blocks))];
    }

    private AthleteSheet Build(SheetAthleteRow athlete, DateOnly monday, IEnumerable<SheetSessionRow> sessions, IReadOnlyDictionary<Guid, SheetBlockMaxes> blocks)
    {
        using (Languages.Use(athlete.Language))
        {
            return SheetBuilder.Build(athlete, monday, sessions, blocks, SheetWords.For(text));
        }
    }
}

/// <summary>Which week (any day of it) and whom to print; <see cref="All"/> means every athlete the caller may see.</summary>
public sealed record SheetRequest(DateOnly Week, IReadOnlyCollection<Guid> AthleteIds, bool All = false);
