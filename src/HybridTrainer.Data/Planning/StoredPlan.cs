using HybridTrainer.Domain.Athletes;
using HybridTrainer.Domain.Planning;
using HybridTrainer.Domain.Training;
using Microsoft.EntityFrameworkCore;
using DomainBlock = HybridTrainer.Domain.Training.TrainingBlock;
using DomainSession = HybridTrainer.Domain.Training.PlannedSession;

namespace HybridTrainer.Data.Planning;

/// <summary>
/// A saved block as the engine sees it, so its checker and readiness advisor judge the plan as it stands now. The block
/// is its own truth: week figures (wave weeks, training maxes, paces) come from its snapshot, the sessions are the
/// stored ones with every hand move and accepted downgrade, and it is checked against the profile and history it was
/// generated from. Only a block saved before its input was kept falls back on the athlete's current profile.
/// </summary>
public sealed record StoredPlan(DomainBlock Block, IReadOnlyDictionary<Guid, DomainSession> Sessions, AthleteProfile Profile, TrainingHistory? History)
{
    public static async Task<StoredPlan> LoadAsync(HybridTrainerDbContext db, Guid blockId, AthleteProfile current, CancellationToken cancellationToken)
    {
        var block = await db.TrainingBlocks.AsNoTracking().SingleAsync(b => b.Id == blockId, cancellationToken);
        var rows = await db.PlannedSessions.AsNoTracking().Where(s => s.BlockId == blockId).OrderBy(s => s.Date).ToListAsync(cancellationToken);
        return From(block.StartDate, block.Weeks, block.Snapshot, rows, current, block.RaceGoal());
    }

    /// <summary>
    /// The same from rows already loaded (the coach's table reads many plans in one query). Shoes always come from
    /// <paramref name="current"/>, the athlete's profile now: their kilometres grow with every run (R28, R29).
    /// </summary>
    public static StoredPlan From(
        DateOnly startDate, int weeks, BlockSnapshot snapshot, IReadOnlyList<PlannedSession> rows, AthleteProfile current, RaceGoal? race = null)
    {
        ArgumentNullException.ThrowIfNull(current);
        var byId = rows.ToDictionary(r => r.Id, r => r.ToDomain());
        var plan = snapshot.ToDomain(startDate, weeks, rows.Select(r => (r.ProgramWeek, byId[r.Id])), race);
        return new StoredPlan(plan, byId, snapshot.GeneratedProfile(current.Shoes) ?? current, snapshot.GeneratedHistory());
    }

    /// <summary>Every rule the block breaks as it stands, judged against what it was generated from.</summary>
    public IReadOnlyList<RuleViolation> Check() => PlanChecker.Check(Block, Profile, History);

    /// <summary>Every rule the block would break with one session changed (moved, edited).</summary>
    public IReadOnlyList<RuleViolation> CheckWith(Guid sessionId, DomainSession changed) =>
        PlanChecker.Check(PlanEdits.ReplaceSession(Block, Sessions[sessionId], changed), Profile, History);
}
