using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HybridTrainer.Data.Planning;

/// <summary>
/// Keeps <see cref="CoachReadModel"/> in step with every save of every context. An interceptor rather than a call in
/// each service: a write path added later (or a seeder, or a test's own rows) cannot forget it, and the read model
/// rides in the same SaveChanges, so it commits or rolls back with the change. Raw SQL and ExecuteUpdate bypass it;
/// nothing writes plans, logs or shoes that way.
/// </summary>
internal sealed class CoachReadModelInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is HybridTrainerDbContext db)
        {
            await UpdateAsync(db, cancellationToken);
        }

        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is HybridTrainerDbContext db)
        {
            // Nothing in the app saves synchronously; a synchronous caller (a tool, a test) still gets the same read model.
            UpdateAsync(db, CancellationToken.None).GetAwaiter().GetResult();
        }

        return result;
    }

    private Task UpdateAsync(HybridTrainerDbContext db, CancellationToken cancellationToken)
    {
        db.ChangeTracker.DetectChanges();
        var touched = CoachReadModel.TouchedAthletes(db.ChangeTracker);
        return touched.Count == 0
            ? Task.CompletedTask
            : CoachReadModel.UpdateAsync(db, touched, CoachReadModel.LiveFrom(clock), clock.GetUtcNow(), cancellationToken);
    }
}
