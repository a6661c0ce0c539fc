using Microsoft.EntityFrameworkCore;

namespace HybridTrainer.Data.Seeding;

/// <summary>
/// Every demo athlete's lived history and current plan (see <see cref="DemoHistory"/>), stored as the app stores its
/// own: blocks through BlockRows, logs and check-ins as the session page and the check-in form write them. One save
/// per athlete keeps each insert batch small and the start-up quick.
/// </summary>
internal static class DemoPlans
{
    public static async Task AddAsync(HybridTrainerDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var athletes = await db.Athletes.Include(a => a.LiftMaxes).Include(a => a.Shoes).AsSplitQuery().ToListAsync(cancellationToken);
        foreach (var athlete in athletes)
        {
            var demo = DemoAccounts.Athletes.Single(d => d.Account.DisplayName == athlete.DisplayName);
            var history = DemoHistory.Live(demo, athlete, now);
            db.TrainingBlocks.AddRange(history.Blocks);
            db.PlannedSessions.AddRange(history.Sessions);
            db.SessionLogs.AddRange(history.Logs);
            db.RecoveryLogs.AddRange(history.CheckIns);
            // The body log holds the morning weigh-ins (the progress page's trend); the profile holds this morning's.
            db.BodyMeasurements.AddRange(history.Weights.Select(w => WeighIn(athlete, w, now)));
            athlete.BodyWeightKg = history.Weights[^1].Kg;
            athlete.UpdatedAt = now;
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private static Body.BodyMeasurement WeighIn(Athletes.Athlete athlete, DemoWeighIn weighIn, DateTimeOffset now)
    {
        var at = DemoHistory.At(weighIn.Date, new TimeOnly(7, 0), athlete.TimeZone);
        return new Body.BodyMeasurement
        {
            Id = Guid.CreateVersion7(at),
            AthleteId = athlete.Id,
            Date = weighIn.Date,
            WeightKg = weighIn.Kg,
            LoggedByUserId = athlete.UserId,
            LoggedAt = at < now ? at : now,
        };
    }
}
