using HybridTrainer.Domain.Planning;
using DomainBlock = HybridTrainer.Domain.Training.TrainingBlock;

namespace HybridTrainer.Data.Planning;

/// <summary>
/// The one way a generated block becomes rows: the block with its snapshot (figures and the input it was generated
/// from) and a row per session. Saving a plan, the demo data and the benchmark gym all store blocks through it.
/// </summary>
public static class BlockRows
{
    /// <summary>The rows of a generated block; dates in <paramref name="keep"/> already hold a logged session and are left alone.</summary>
    public static (TrainingBlock Block, List<PlannedSession> Sessions) Create(
        DomainBlock generated, BlockRequest request, Guid athleteId, Guid? userId, DateTimeOffset now, IReadOnlySet<DateOnly>? keep = null)
    {
        ArgumentNullException.ThrowIfNull(generated);
        ArgumentNullException.ThrowIfNull(request);
        var block = new TrainingBlock
        {
            Id = Guid.CreateVersion7(now),
            AthleteId = athleteId,
            StartDate = request.StartDate,
            Weeks = request.Weeks,
            Snapshot = BlockSnapshotMapping.From(generated, request),
            RaceDistance = request.Race?.Distance,
            RaceDate = request.Race?.RaceDate,
            RaceGoalTime = request.Race?.GoalTime,
            CreatedByUserId = userId,
            CreatedAt = now,
        };
        var sessions = new List<PlannedSession>();
        foreach (var week in generated.Weeks)
        {
            foreach (var session in week.Sessions)
            {
                if (keep is null || !keep.Contains(session.Date))
                {
                    sessions.Add(session.ToEntity(athleteId, block.Id, week, userId, now));
                }
            }
        }

        return (block, sessions);
    }
}
