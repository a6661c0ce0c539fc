using System.Security.Claims;
using HybridTrainer.Data;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Data.Planning;
using HybridTrainer.Domain.Planning;
using HybridTrainer.Web.Features.Athletes;
using Microsoft.EntityFrameworkCore;
using DomainBlock = HybridTrainer.Domain.Training.TrainingBlock;

namespace HybridTrainer.Web.Features.Plan;

/// <summary>
/// Generates, keeps and reads an athlete's own plan. Every method acts on the caller's athlete profile only,
/// found from the signed-in user, so ids sent by hand cannot reach anyone else's plan.
/// </summary>
internal sealed class PlanService(IDbContextFactory<HybridTrainerDbContext> dbFactory, TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<PlanResult<DomainBlock>> PreviewAsync(ClaimsPrincipal user, GenerateBlockInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var athlete = await AthleteDirectory.LoadOwnAthleteAsync(db, user, cancellationToken);
        if (athlete?.ToProfile() is not { } profile)
        {
            return PlanResult.Fail<DomainBlock>(PlanMessages.ProfileIncomplete);
        }

        var history = await LoggedHistory.BeforeAsync(db, athlete!.Id, input.Start, profile, cancellationToken);
        return PlanResult.Ok(BlockGenerator.Generate(new BlockRequest(profile, input.Start, input.Weeks, history)));
    }

    /// <summary>
    /// Saves a freshly generated block from its start date on. Unlogged sessions from that date are replaced;
    /// logged ones stay, and the new block leaves their dates alone.
    /// </summary>
    public async Task<PlanResult<SavedBlock>> SaveAsync(ClaimsPrincipal user, GenerateBlockInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var athlete = await AthleteDirectory.LoadOwnAthleteAsync(db, user, cancellationToken);
        if (athlete?.ToProfile() is not { } profile)
        {
            return PlanResult.Fail<SavedBlock>(PlanMessages.ProfileIncomplete);
        }

        var start = input.Start;
        var history = await LoggedHistory.BeforeAsync(db, athlete.Id, start, profile, cancellationToken);
        var generated = BlockGenerator.Generate(new BlockRequest(profile, start, input.Weeks, history));
        var now = clock.GetUtcNow();
        AthleteDirectory.TryGetUserId(user, out var userId);

        var existing = await db.PlannedSessions
            .Where(s => s.AthleteId == athlete.Id && s.Date >= start)
            .Select(s => new { Session = s, Logged = db.SessionLogs.Any(l => l.PlannedSessionId == s.Id) })
            .ToListAsync(cancellationToken);
        db.PlannedSessions.RemoveRange(existing.Where(e => !e.Logged).Select(e => e.Session));

        var block = new TrainingBlock
        {
            Id = Guid.CreateVersion7(now),
            AthleteId = athlete.Id,
            StartDate = start,
            Weeks = input.Weeks,
            Snapshot = BlockSnapshotMapping.From(generated),
            CreatedByUserId = userId,
            CreatedAt = now,
        };
        db.TrainingBlocks.Add(block);
        var keptDates = existing.Where(e => e.Logged).Select(e => e.Session.Date).ToHashSet();
        var skipped = 0;
        foreach (var week in generated.Weeks)
        {
            foreach (var session in week.Sessions)
            {
                if (keptDates.Contains(session.Date))
                {
                    skipped++;
                    continue;
                }

                db.PlannedSessions.Add(session.ToEntity(athlete.Id, block.Id, week, userId, now));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return PlanResult.Ok(new SavedBlock(block.Id, start, generated.Sessions.Count() - skipped, skipped));
    }

    public async Task<WeekView?> GetWeekAsync(ClaimsPrincipal user, DateOnly anyDay, CancellationToken cancellationToken = default)
    {
        var monday = WeekView.MondayOf(anyDay);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var athleteId = await OwnAthleteIdAsync(db, user, cancellationToken);
        if (athleteId is null)
        {
            return null;
        }

        var sunday = monday.AddDays(6);
        var sessions = await db.PlannedSessions.AsNoTracking()
            .Where(s => s.AthleteId == athleteId && s.Date >= monday && s.Date <= sunday)
            .OrderBy(s => s.Date)
            .Select(s => new WeekSession(s, db.SessionLogs.Any(l => l.PlannedSessionId == s.Id)))
            .ToListAsync(cancellationToken);
        return new WeekView(monday, sessions);
    }

    private static async Task<Guid?> OwnAthleteIdAsync(HybridTrainerDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        AthleteDirectory.TryGetUserId(user, out var userId)
            ? await db.Athletes.Where(a => a.UserId == userId).Select(a => (Guid?)a.Id).SingleOrDefaultAsync(cancellationToken)
            : null;
}
