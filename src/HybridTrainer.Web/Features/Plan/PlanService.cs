using HybridTrainer.Web.Features.Sessions;
using System.Security.Claims;
using HybridTrainer.Data;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Data.Planning;
using HybridTrainer.Domain.Planning;
using HybridTrainer.Web.Features.Athletes;
using Microsoft.EntityFrameworkCore;
using DomainBlock = HybridTrainer.Domain.Training.TrainingBlock;
using HybridTrainer.Domain.Time;
using HybridTrainer.Web.Common;
using HybridTrainer.Web.Infrastructure.Auth;
using HybridTrainer.Web.Common.Why;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.Plan;

/// <summary>
/// Generates, keeps and reads an athlete's plan: the caller's own (athlete id null) or a client's. Every method asks
/// <see cref="AthleteGate"/> first, so ids sent by hand cannot reach a plan the caller may not see or change.
/// </summary>
internal sealed class PlanService(
    IDbContextFactory<HybridTrainerDbContext> dbFactory, AthleteGate gate, TimeProvider clock, IStringLocalizer<PlanText> text, IStringLocalizer<WhyText> why)
{
    /// <summary>Today in the athlete's time zone (the caller's own profile when null); null when the caller may not plan for them.</summary>
    public async Task<DateOnly?> TodayAsync(ClaimsPrincipal user, Guid? athleteId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var access = await gate.AuthorizeAsync(db, user, athleteId, AthleteOperation.ViewPlan, cancellationToken);
        return access is null ? null : clock.TodayIn(access.TimeZone);
    }

    /// <summary>Today in the caller's own time zone, for pages about several athletes (the next block for many clients).</summary>
    public async Task<DateOnly> CallerTodayAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        UserIds.TryGet(user, out var userId);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var zone = await db.Users.Where(u => u.Id == userId).Select(u => u.TimeZone).SingleOrDefaultAsync(cancellationToken);
        return clock.TodayIn(zone);
    }

    public async Task<Outcome<DomainBlock>> PreviewAsync(ClaimsPrincipal user, Guid? athleteId, GenerateBlockInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var loaded = await LoadAthleteAsync(db, user, athleteId, cancellationToken);
        if (loaded.Failure is { } failure)
        {
            return failure;
        }

        var athlete = loaded.Value!;
        if (athlete.ToProfile() is not { } profile)
        {
            return Failure.ProfileIncomplete(text["ProfileIncomplete"]);
        }

        var history = await LoggedHistory.BeforeAsync(db, athlete.Id, input.Start, profile, cancellationToken);
        var request = input.ToRequest(profile, history);
        return RaceRefusal.For(request, why) is { } refusal ? refusal : BlockGenerator.Generate(request);
    }

    /// <summary>
    /// Saves a freshly generated block from its start date on. Unlogged sessions from that date are replaced;
    /// logged ones stay, and the new block leaves their dates alone.
    /// </summary>
    public async Task<Outcome<SavedBlock>> SaveAsync(ClaimsPrincipal user, Guid? athleteId, GenerateBlockInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var loaded = await LoadAthleteAsync(db, user, athleteId, cancellationToken);
        if (loaded.Failure is { } failure)
        {
            return failure;
        }

        var athlete = loaded.Value!;
        if (athlete.ToProfile() is not { } profile)
        {
            return Failure.ProfileIncomplete(text["ProfileIncomplete"]);
        }

        var start = input.Start;
        var history = await LoggedHistory.BeforeAsync(db, athlete.Id, start, profile, cancellationToken);
        var request = input.ToRequest(profile, history);
        if (RaceRefusal.For(request, why) is { } refusal)
        {
            return refusal;
        }

        var generated = BlockGenerator.Generate(request);
        var now = clock.GetUtcNow();
        UserIds.TryGet(user, out var userId);

        var existing = await db.PlannedSessions
            .Where(s => s.AthleteId == athlete.Id && s.Date >= start)
            .Select(s => new { Session = s, Logged = db.SessionLogs.Any(l => l.PlannedSessionId == s.Id) })
            .ToListAsync(cancellationToken);
        db.PlannedSessions.RemoveRange(existing.Where(e => !e.Logged).Select(e => e.Session));

        var keptDates = existing.Where(e => e.Logged).Select(e => e.Session.Date).ToHashSet();
        var (block, sessions) = BlockRows.Create(generated, request, athlete.Id, userId, now, keptDates);
        db.TrainingBlocks.Add(block);
        db.PlannedSessions.AddRange(sessions);
        await db.SaveChangesAsync(cancellationToken);
        return new SavedBlock(block.Id, start, sessions.Count, generated.Sessions.Count() - sessions.Count);
    }

    /// <summary>
    /// The race the athlete's current block builds towards (the latest-starting block not yet over, as the coach's
    /// table reads it), counted from the athlete's today; null without one, or when the caller may not see the plan.
    /// </summary>
    public async Task<UpcomingRace?> UpcomingRaceAsync(ClaimsPrincipal user, Guid? athleteId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var access = await gate.AuthorizeAsync(db, user, athleteId, AthleteOperation.ViewPlan, cancellationToken);
        if (access is null)
        {
            return null;
        }

        var today = clock.TodayIn(access.TimeZone);
        var block = await CurrentBlocks.Of(db.TrainingBlocks.AsNoTracking().Where(b => b.AthleteId == access.AthleteId), today)
            .Select(b => new { b.RaceDistance, b.RaceDate, b.RaceGoalTime, b.Snapshot })
            .FirstOrDefaultAsync(cancellationToken);
        return block is null ? null : UpcomingRace.Of(block.RaceDistance, block.RaceDate, block.RaceGoalTime, block.Snapshot, today);
    }

    /// <summary>Whether the caller may plan for the athlete (their own profile when null), before showing the form.</summary>
    public async Task<bool> CanPlanAsync(ClaimsPrincipal user, Guid? athleteId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await gate.AuthorizeAsync(db, user, athleteId, AthleteOperation.EditPlan, cancellationToken) is not null;
    }

    /// <summary>
    /// The week holding <paramref name="anyDay"/>, or the athlete's current week (in their time zone) when null; coach
    /// notes are left out for whoever may not read them.
    /// </summary>
    public async Task<WeekView?> GetWeekAsync(ClaimsPrincipal user, Guid? athleteId, DateOnly? anyDay, CancellationToken cancellationToken = default)
    {
        if (!UserIds.TryGet(user, out var userId))
        {
            return null;
        }

        // Without a day the week is the athlete's current one, and their time zone comes with the same query: read the
        // weeks around every zone's today (UTC-12 to UTC+14 lie within a day of UTC's), keep the right one below.
        var utcToday = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var (from, to) = anyDay is { } day
            ? (LocalDays.MondayOf(day), LocalDays.MondayOf(day).AddDays(6))
            : (LocalDays.MondayOf(utcToday.AddDays(-1)), LocalDays.MondayOf(utcToday.AddDays(1)).AddDays(6));

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await WeekQuery.ReadAsync(db, userId, athleteId, from, to, cancellationToken);
        if ((await gate.DecideAsync(user, athleteId, rows?.Access, AthleteOperation.ViewPlan)).Value is not { } access)
        {
            return null;
        }

        var today = clock.TodayIn(access.TimeZone);
        var monday = LocalDays.MondayOf(anyDay ?? today);
        var sunday = monday.AddDays(6);
        var inWeek = rows!.Sessions.Where(r => r.Session.Date >= monday && r.Session.Date <= sunday).ToList();
        var finishes = await RaceFinish.ForRacesAsync(db, inWeek.Select(r => (r.Session.BlockId, r.Session.RunType)), cancellationToken);
        return new WeekView(monday,
            [.. inWeek.Select(r => new WeekSession(
                SessionView.For(r.Session, access) with { RaceFinish = RaceFinish.For(finishes, r.Session.BlockId) }, r.Logged))],
            access, today);
    }

    /// <summary>The athlete's saved blocks, newest first; null when the caller may not see the athlete's plan.</summary>
    public async Task<IReadOnlyList<BlockSummaryDto>?> ListBlocksAsync(ClaimsPrincipal user, Guid? athleteId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var access = await gate.AuthorizeAsync(db, user, athleteId, AthleteOperation.ViewPlan, cancellationToken);
        return access is null
            ? null
            : await db.TrainingBlocks.Where(b => b.AthleteId == access.AthleteId).OrderByDescending(b => b.StartDate).ThenByDescending(b => b.CreatedAt)
                .Select(b => new BlockSummaryDto(b.Id, b.StartDate, b.Weeks, b.CreatedAt))
                .ToListAsync(cancellationToken);
    }

    /// <summary>One saved block with its sessions as they stand now; coach notes are left out for whoever may not read them.</summary>
    public async Task<StoredBlockView?> GetBlockAsync(ClaimsPrincipal user, Guid? athleteId, Guid blockId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var access = await gate.AuthorizeAsync(db, user, athleteId, AthleteOperation.ViewPlan, cancellationToken);
        var block = access is null
            ? null
            : await db.TrainingBlocks.AsNoTracking().SingleOrDefaultAsync(b => b.Id == blockId && b.AthleteId == access.AthleteId, cancellationToken);
        if (block is null)
        {
            return null;
        }

        var rows = await db.PlannedSessions.AsNoTracking()
            .Where(s => s.BlockId == block.Id)
            .OrderBy(s => s.Date)
            .Select(s => new { Session = s, Logged = db.SessionLogs.Any(l => l.PlannedSessionId == s.Id) })
            .ToListAsync(cancellationToken);
        return new StoredBlockView(block.Id, block.StartDate, block.Weeks, block.CreatedAt, block.Snapshot,
            [.. rows.Select(r => new WeekSession(SessionView.For(r.Session, access!), r.Logged))]);
    }

    // The athlete with what the engine needs, tracked for the save, or why the caller may not plan for them.
    private async Task<Outcome<Athlete>> LoadAthleteAsync(HybridTrainerDbContext db, ClaimsPrincipal user, Guid? athleteId, CancellationToken cancellationToken)
    {
        var access = await gate.CheckAsync(db, user, athleteId, AthleteOperation.EditPlan, cancellationToken);
        return access.Failure is { } failure
            ? failure
            : await AthleteDirectory.LoadForEngineAsync(db, access.Value!.AthleteId, cancellationToken);
    }
}
