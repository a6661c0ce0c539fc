using HybridTrainer.Data;
using HybridTrainer.Domain.Adaptation;
using HybridTrainer.Domain.Athletes;
using HybridTrainer.Domain.Training;
using Microsoft.EntityFrameworkCore;
using HybridTrainer.Data.Planning;

namespace HybridTrainer.Web.Features.Plan;

/// <summary>
/// What the athlete really did in their previous block, in the engine's terms: weekly session-RPE loads for ACWR (R17),
/// run minutes for progression (R16), AMRAP results and the wave for training-max progression or a stall (R22).
/// </summary>
internal static class LoggedHistory
{
    public static async Task<TrainingHistory?> BeforeAsync(HybridTrainerDbContext db, Guid athleteId, DateOnly start, AthleteProfile profile, CancellationToken cancellationToken)
    {
        var previous = await db.TrainingBlocks.AsNoTracking()
            .Where(b => b.AthleteId == athleteId && b.StartDate < start)
            .OrderByDescending(b => b.StartDate)
            .Select(b => (Guid?)b.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (previous is not { } blockId)
        {
            return null;
        }

        var plan = await StoredPlan.LoadAsync(db, blockId, profile, cancellationToken);
        var logs = await (
                from log in db.SessionLogs.AsNoTracking()
                join session in db.PlannedSessions on log.PlannedSessionId equals session.Id
                where session.BlockId == blockId && session.Date < start
                select new { log, session })
            .ToListAsync(cancellationToken);
        var logged = logs.Select(x => new LoggedSession(
                x.session.Date,
                x.session.Kind,
                x.log.Completed,
                x.log.ActualDurationMinutes,
                x.log.DistanceKm is { } km ? (double)km : null,
                x.log.Rpe,
                [.. x.log.Sets.Select(set => new LoggedSet(
                    set.Exercise,
                    Enum.TryParse<MainLift>(set.MainLift, out var lift) ? lift : null,
                    set.Reps,
                    set.WeightKg ?? 0m,
                    set.Amrap,
                    PrescribedReps(x.session, set.Exercise, set.SetNumber)))]))
            .OrderBy(l => l.Date)
            .ToList();
        // The previous block's own history carries its older weeks forward (R17's chronic load, R22's AMRAPs).
        return HistoryBuilder.FromLog(plan.Block, logged, plan.History);
    }

    private static int PrescribedReps(Data.Planning.PlannedSession session, string exercise, int setNumber) =>
        session.Prescription.Exercises.FirstOrDefault(e => e.Name == exercise)?.Sets.ElementAtOrDefault(setNumber - 1)?.Reps ?? 0;
}
