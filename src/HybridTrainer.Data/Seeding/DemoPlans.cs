using HybridTrainer.Data.Athletes;
using HybridTrainer.Data.Planning;
using HybridTrainer.Domain.Planning;
using Microsoft.EntityFrameworkCore;

namespace HybridTrainer.Data.Seeding;

/// <summary>A generated 4-week block for every demo athlete, stored exactly as an athlete's own save stores it.</summary>
internal static class DemoPlans
{
    public const int Weeks = 4;

    public static async Task AddAsync(HybridTrainerDbContext db, DateOnly start, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var athletes = await db.Athletes.Include(a => a.LiftMaxes).Include(a => a.Shoes).AsSplitQuery().ToListAsync(cancellationToken);
        foreach (var athlete in athletes)
        {
            if (athlete.ToProfile() is not { } profile)
            {
                continue;
            }

            var request = new BlockRequest(profile, start, Weeks);
            var (block, sessions) = BlockRows.Create(BlockGenerator.Generate(request), request, athlete.Id, userId: null, now);
            db.TrainingBlocks.Add(block);
            db.PlannedSessions.AddRange(sessions);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
