using HybridTrainer.Data.Athletes;
using HybridTrainer.Data.Journal;
using HybridTrainer.Domain.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace HybridTrainer.Data.Planning;

/// <summary>
/// What the coach's table reads instead of working it out per request: each live block's plan-checker verdict
/// (<see cref="BlockVerdict"/>) and each pair's logged distance (<see cref="Shoe.LoggedKilometres"/>). Worked out from
/// the unit of work as it is about to be saved (its own added, changed and deleted rows win over the stored ones), so
/// the read model goes to the database in the same save, and the same transaction, as the change itself.
/// </summary>
public static class CoachReadModel
{
    /// <summary>Blocks that end before this are on nobody's table (the earliest time zone's yesterday, for margin).</summary>
    public static DateOnly LiveFrom(TimeProvider clock) => clock.EarliestToday().AddDays(-1);

    /// <summary>
    /// Recomputes the read model of athletes whose live blocks have no verdict of <see cref="BlockVerdict.CurrentVersion"/>:
    /// blocks saved before the read model existed, or after the checker's rules changed. Idempotent; run at start-up.
    /// </summary>
    public static async Task<int> BackfillAsync(IDbContextFactory<HybridTrainerDbContext> factory, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var liveFrom = LiveFrom(clock);
        List<Guid> stale;
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            stale = await db.TrainingBlocks
                .Where(b => b.StartDate.AddDays(7 * b.Weeks) >= liveFrom
                    && !db.BlockVerdicts.Any(v => v.BlockId == b.Id && v.Version == BlockVerdict.CurrentVersion))
                .Select(b => b.AthleteId).Distinct()
                .ToListAsync(cancellationToken);
        }

        foreach (var athletes in stale.Chunk(50))
        {
            await RefreshAsync(factory, athletes, clock, cancellationToken);
        }

        return stale.Count;
    }

    /// <summary>Recomputes and saves the read model of some athletes in a unit of work of its own.</summary>
    public static async Task RefreshAsync(
        IDbContextFactory<HybridTrainerDbContext> factory, IReadOnlyCollection<Guid> athleteIds, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(factory);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await UpdateAsync(db, athleteIds, LiveFrom(clock), clock.GetUtcNow(), cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another request refreshed the same blocks first (a verdict row is inserted once): theirs is as good.
        }
    }

    /// <summary>
    /// The athletes whose read model a unit of work changes: anything the checker or a pair's distance reads (the
    /// athlete and their lifts, shoes, blocks, sessions and logs). The read model's own rows change nothing further.
    /// </summary>
    public static HashSet<Guid> TouchedAthletes(ChangeTracker tracker)
    {
        var ids = new HashSet<Guid>();
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            switch (entry.Entity)
            {
                case Athlete athlete:
                    ids.Add(athlete.Id);
                    break;
                case Shoe when entry.State == EntityState.Modified
                    && entry.Properties.Where(p => p.IsModified).All(p => p.Metadata.Name == nameof(Shoe.LoggedKilometres)):
                    break;
                case LiftMaxEntry or Shoe or TrainingBlock or PlannedSession or SessionLog:
                    var athleteId = entry.Property(nameof(Shoe.AthleteId));
                    ids.Add((Guid)athleteId.CurrentValue!);
                    ids.Add((Guid)athleteId.OriginalValue!);
                    break;
            }
        }

        return ids;
    }

    /// <summary>
    /// Brings the read model of <paramref name="athleteIds"/> up to date in <paramref name="db"/>'s unit of work (the
    /// caller saves). Blocks ending before <paramref name="liveFrom"/> are never on the coach's table and are left alone.
    /// </summary>
    public static async Task UpdateAsync(
        HybridTrainerDbContext db, IReadOnlyCollection<Guid> athleteIds, DateOnly liveFrom, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (athleteIds.Count == 0)
        {
            return;
        }

        var ids = athleteIds.ToList();
        // Tracking queries: identity resolution keeps the unit of work's own values for rows it already holds.
        await db.Athletes.AsTracking().Include(a => a.LiftMaxes).Include(a => a.Shoes).AsSingleQuery()
            .Where(a => ids.Contains(a.Id)).LoadAsync(cancellationToken);
        var athletes = Tracked<Athlete>(db).Where(a => ids.Contains(a.Id)).ToDictionary(a => a.Id);
        ids = [.. athletes.Keys];
        var shoes = Tracked<Shoe>(db).Where(s => athletes.ContainsKey(s.AthleteId)).ToList();

        var loggedRuns = await db.SessionLogs.AsNoTracking()
            .Where(l => ids.Contains(l.AthleteId) && l.Completed && l.DistanceKm != null)
            .Select(l => new LoggedRun(l.PlannedSessionId, l.DistanceKm!.Value))
            .ToDictionaryAsync(l => l.SessionId, cancellationToken);
        var pairOf = await db.PlannedSessions.AsNoTracking()
            .Where(s => ids.Contains(s.AthleteId) && s.ShoeId != null)
            .ToDictionaryAsync(s => s.Id, s => s.ShoeId!.Value, cancellationToken);

        await db.TrainingBlocks.AsTracking()
            .Where(b => ids.Contains(b.AthleteId) && b.StartDate.AddDays(7 * b.Weeks) >= liveFrom)
            .LoadAsync(cancellationToken);
        var blocks = LiveBlocks(db, athletes, liveFrom).Select(b => b.Id).ToList();
        await db.PlannedSessions.AsTracking().Where(s => s.BlockId != null && blocks.Contains(s.BlockId.Value)).LoadAsync(cancellationToken);
        await db.BlockVerdicts.AsTracking().Where(v => blocks.Contains(v.BlockId)).LoadAsync(cancellationToken);

        UpdatePairs(db, shoes, loggedRuns, pairOf);
        UpdateVerdicts(db, athletes, shoes, liveFrom, now);
    }

    /// <summary>The checker's verdict on a block as the coach's table keeps it: "rule: Key|arg", distinct (<see cref="StoredFinding"/>).</summary>
    public static List<string> Check(TrainingBlock block, IEnumerable<PlannedSession> sessions, AthleteProfileInput athlete)
    {
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(athlete);
        if (athlete.Athlete.ToProfile(athlete.LiftMaxes, athlete.Shoes) is not { } profile)
        {
            return [];
        }

        var rows = sessions.OrderBy(s => s.Date).ToList();
        var plan = StoredPlan.From(block.StartDate, block.Weeks, block.Snapshot, rows, profile, block.RaceGoal());
        return [.. plan.Check().Select(StoredFinding.Encode).Distinct()];
    }

    // Completed runs with a distance count for the pair their session was planned in, as the shoes page always counted.
    private static void UpdatePairs(HybridTrainerDbContext db, List<Shoe> shoes, Dictionary<Guid, LoggedRun> loggedRuns, Dictionary<Guid, Guid> pairOf)
    {
        // Every log the unit of work holds replaces its stored row: first drop them all, then add back those that count.
        var logs = db.ChangeTracker.Entries<SessionLog>().ToList();
        foreach (var entry in logs)
        {
            loggedRuns.Remove(entry.Property(l => l.PlannedSessionId).OriginalValue);
            loggedRuns.Remove(entry.Entity.PlannedSessionId);
        }

        foreach (var log in logs.Where(e => e.State is not (EntityState.Deleted or EntityState.Detached)).Select(e => e.Entity))
        {
            if (log.Completed && log.DistanceKm is { } km)
            {
                loggedRuns[log.PlannedSessionId] = new LoggedRun(log.PlannedSessionId, km);
            }
        }

        foreach (var entry in db.ChangeTracker.Entries<PlannedSession>())
        {
            pairOf.Remove(entry.Entity.Id);
            if (entry.State is not (EntityState.Deleted or EntityState.Detached) && entry.Entity.ShoeId is { } shoeId)
            {
                pairOf[entry.Entity.Id] = shoeId;
            }
        }

        var logged = loggedRuns.Values
            .Where(r => pairOf.ContainsKey(r.SessionId))
            .GroupBy(r => pairOf[r.SessionId])
            .ToDictionary(g => g.Key, g => g.Sum(r => r.Km));
        foreach (var shoe in shoes)
        {
            var km = logged.GetValueOrDefault(shoe.Id);
            if (shoe.LoggedKilometres != km)
            {
                shoe.LoggedKilometres = km;
            }
        }
    }

    private static void UpdateVerdicts(HybridTrainerDbContext db, Dictionary<Guid, Athlete> athletes, List<Shoe> shoes, DateOnly liveFrom, DateTimeOffset now)
    {
        var lifts = Tracked<LiftMaxEntry>(db).ToLookup(l => l.AthleteId);
        var pairs = shoes.ToLookup(s => s.AthleteId);
        var blocks = LiveBlocks(db, athletes, liveFrom);
        var sessions = Tracked<PlannedSession>(db).Where(s => s.BlockId is not null).ToLookup(s => s.BlockId!.Value);
        var verdicts = Tracked<BlockVerdict>(db).ToDictionary(v => v.BlockId);
        foreach (var block in blocks)
        {
            var athlete = new AthleteProfileInput(athletes[block.AthleteId], [.. lifts[block.AthleteId]], [.. pairs[block.AthleteId]]);
            var warnings = Check(block, sessions[block.Id], athlete);
            if (!verdicts.TryGetValue(block.Id, out var verdict))
            {
                db.BlockVerdicts.Add(new BlockVerdict
                {
                    BlockId = block.Id, AthleteId = block.AthleteId, Version = BlockVerdict.CurrentVersion, Warnings = warnings, CheckedAt = now,
                });
            }
            else if (verdict.Version != BlockVerdict.CurrentVersion || !verdict.Warnings.SequenceEqual(warnings))
            {
                (verdict.Version, verdict.Warnings, verdict.CheckedAt) = (BlockVerdict.CurrentVersion, warnings, now);
            }
        }
    }

    private static List<TrainingBlock> LiveBlocks(HybridTrainerDbContext db, Dictionary<Guid, Athlete> athletes, DateOnly liveFrom) =>
        [.. Tracked<TrainingBlock>(db).Where(b => athletes.ContainsKey(b.AthleteId) && b.StartDate.AddDays(7 * b.Weeks) >= liveFrom)];

    private static IEnumerable<T> Tracked<T>(HybridTrainerDbContext db)
        where T : class =>
        db.ChangeTracker.Entries<T>().Where(e => e.State is not (EntityState.Deleted or EntityState.Detached)).Select(e => e.Entity);

    private sealed record LoggedRun(Guid SessionId, decimal Km);
}

/// <summary>An athlete with the lifts and shoes to judge them by (the unit of work's, not the navigation's).</summary>
public sealed record AthleteProfileInput(Athlete Athlete, IReadOnlyList<LiftMaxEntry> LiftMaxes, IReadOnlyList<Shoe> Shoes);
