using HybridTrainer.Data;
using Microsoft.EntityFrameworkCore;

namespace HybridTrainer.Web.Features.Activities;

/// <summary>An imported activity without a planned session, rated with a session RPE: training the load must count.</summary>
public sealed record ExtraTrainingLoad(Guid AthleteId, DateOnly Date, int Minutes, int Rpe);

/// <summary>
/// Extra training for the load chart and ACWR (R17, R18): Foster's session RPE works for any sport, so a ride or a swim
/// counts like a run. A matched activity is left out: its session's log already counts it.
/// </summary>
public static class ExtraTraining
{
    public static async Task<IReadOnlyList<ExtraTrainingLoad>> LoadsAsync(
        HybridTrainerDbContext db, IReadOnlyCollection<Guid> athleteIds, DateOnly from, DateOnly before, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.Activities.AsNoTracking()
            .Where(a => athleteIds.Contains(a.AthleteId) && a.MatchedSessionId == null && a.Rpe != null
                && a.LocalDate >= from && a.LocalDate < before)
            .Select(a => new { a.AthleteId, a.LocalDate, a.MovingSeconds, a.Rpe })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new ExtraTrainingLoad(r.AthleteId, r.LocalDate!.Value, (int)Math.Round(r.MovingSeconds / 60), r.Rpe!.Value))];
    }
}
