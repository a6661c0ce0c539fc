using HybridTrainer.Data;
using HybridTrainer.Domain.Training;
using Microsoft.EntityFrameworkCore;

namespace HybridTrainer.Web.Common;

/// <summary>
/// A race block's finish as its snapshot holds it (R39): the exact predicted time, and the time the race pace was set
/// for (the goal when race-pace work uses it, else the prediction). Race-day cards, the week, the printed sheet and the
/// calendar show these, never the whole-second race pace times the distance, which is up to ~20 s off on a marathon.
/// </summary>
/// <param name="Predicted">The predicted time from the VDOT the block was generated with, unrounded.</param>
/// <param name="Paced">The finish the race pace stands for: the splits run evenly to it.</param>
public sealed record RaceFinish(TimeSpan Predicted, TimeSpan Paced)
{
    /// <summary>From a block's stored figures; null for a block without a prediction (an open block).</summary>
    public static RaceFinish? Of(double? predictedSeconds, bool usesGoalPace, TimeSpan? goalTime) =>
        predictedSeconds is not { } seconds ? null
            : new(TimeSpan.FromSeconds(seconds), usesGoalPace && goalTime is { } goal ? goal : TimeSpan.FromSeconds(seconds));

    /// <summary>
    /// The finishes of the blocks holding the race sessions among <paramref name="sessions"/>, by block id; one query,
    /// and none when no session is a race (most weeks).
    /// </summary>
    public static async Task<IReadOnlyDictionary<Guid, RaceFinish>> ForRacesAsync(
        HybridTrainerDbContext db, IEnumerable<(Guid? BlockId, RunType? RunType)> sessions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var blockIds = sessions.Where(s => s.RunType == RunType.Race && s.BlockId is not null).Select(s => s.BlockId!.Value).Distinct().ToList();
        if (blockIds.Count == 0)
        {
            return new Dictionary<Guid, RaceFinish>();
        }

        var blocks = await db.TrainingBlocks.AsNoTracking()
            .Where(b => blockIds.Contains(b.Id))
            .Select(b => new { b.Id, b.Snapshot.PredictedRaceSeconds, b.Snapshot.RaceUsesGoalPace, b.RaceGoalTime })
            .ToListAsync(cancellationToken);
        return blocks
            .Select(b => (b.Id, Finish: Of(b.PredictedRaceSeconds, b.RaceUsesGoalPace, b.RaceGoalTime)))
            .Where(b => b.Finish is not null)
            .ToDictionary(b => b.Id, b => b.Finish!);
    }

    /// <summary>The finish of a session's block from <see cref="ForRacesAsync"/>; null when it has none.</summary>
    public static RaceFinish? For(IReadOnlyDictionary<Guid, RaceFinish> finishes, Guid? blockId) =>
        blockId is { } id ? finishes.GetValueOrDefault(id) : null;
}
