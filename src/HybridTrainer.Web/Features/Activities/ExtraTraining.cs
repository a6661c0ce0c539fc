using System.Linq.Expressions;
using HybridTrainer.Data.Activities;
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
        HybridTrainerDbContext db, IReadOnlyCollection<Guid> athleteIds, DateOnly from, DateOnly before, CancellationToken cancellationToken) =>
        await Rated(db, from, before).Where(a => athleteIds.Contains(a.AthleteId)).Select(AsLoad).ToListAsync(cancellationToken);

    /// <summary>The activities that count, for a caller that folds them into its own round trip (the coach's table).</summary>
    public static IQueryable<ImportedActivity> Rated(HybridTrainerDbContext db, DateOnly from, DateOnly before)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Activities.AsNoTracking().Where(a => a.MatchedSessionId == null && a.Rpe != null && a.LocalDate >= from && a.LocalDate < before);
    }

    /// <summary>An activity as load: its day, whole minutes moving, its RPE.</summary>
    public static readonly Expression<Func<ImportedActivity, ExtraTrainingLoad>> AsLoad =
        a => new ExtraTrainingLoad(a.AthleteId, a.LocalDate!.Value, (int)Math.Round(a.MovingSeconds / 60), a.Rpe!.Value);
}
