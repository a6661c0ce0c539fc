using HybridTrainer.Data;
using HybridTrainer.Data.Planning;
using HybridTrainer.Domain.Athletes;
using HybridTrainer.Domain.Planning;
using Microsoft.EntityFrameworkCore;
using DomainBlock = HybridTrainer.Domain.Training.TrainingBlock;
using DomainSession = HybridTrainer.Domain.Training.PlannedSession;

namespace HybridTrainer.Web.Features.Plan;

/// <summary>
/// A saved block as the engine sees it, so its checker and readiness advisor can judge the plan as it stands now.
/// Block-level figures come from regenerating the block (the engine is deterministic); the sessions are the stored ones,
/// with every hand move and accepted downgrade.
/// </summary>
internal sealed record StoredPlan(DomainBlock Block, IReadOnlyDictionary<Guid, DomainSession> Sessions)
{
    public static async Task<StoredPlan> LoadAsync(HybridTrainerDbContext db, Guid blockId, AthleteProfile profile, CancellationToken cancellationToken)
    {
        var block = await db.TrainingBlocks.AsNoTracking().SingleAsync(b => b.Id == blockId, cancellationToken);
        var rows = await db.PlannedSessions.AsNoTracking().Where(s => s.BlockId == blockId).OrderBy(s => s.Date).ToListAsync(cancellationToken);
        return From(block.StartDate, block.Weeks, rows, profile);
    }

    /// <summary>The same from rows already loaded (the coach's table reads many plans in one query).</summary>
    public static StoredPlan From(DateOnly startDate, int weeks, IReadOnlyList<PlannedSession> rows, AthleteProfile profile)
    {
        var ordered = rows.OrderBy(r => r.Date).ToList();
        var byId = ordered.ToDictionary(r => r.Id, r => r.ToDomain());
        var generated = BlockGenerator.Generate(new BlockRequest(profile, startDate, weeks));
        var plan = generated with
        {
            Weeks = [.. generated.Weeks.Select(w => w with { Sessions = [.. ordered.Where(r => r.ProgramWeek == w.ProgramWeek).Select(r => byId[r.Id])] })],
        };
        return new StoredPlan(plan, byId);
    }
}
