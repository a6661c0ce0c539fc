using System.Security.Claims;
using HybridTrainer.Data;
using HybridTrainer.Data.Gyms;
using HybridTrainer.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace HybridTrainer.Web.Features.Coach;

/// <summary>The gym whose staff see an athlete's plan (to print sheets), and the athlete's way out of it.</summary>
internal sealed class AthleteGym(IDbContextFactory<HybridTrainerDbContext> dbFactory)
{
    /// <summary>The signed-in athlete's gym, or null when none sees their plan.</summary>
    public async Task<string?> MyGymAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (!UserIds.TryGet(user, out var userId))
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Athletes.Where(a => a.UserId == userId && a.GymId != null)
            .Select(a => db.Gyms.Where(g => g.Id == a.GymId).Select(g => g.Name).FirstOrDefault())
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// The athlete leaves their gym: its staff stop seeing the plan at once, and the member listing goes. Coaching links
    /// stay; each is ended on its own.
    /// </summary>
    public async Task<bool> LeaveGymAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (!UserIds.TryGet(user, out var userId))
        {
            return false;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var athlete = await db.Athletes.SingleOrDefaultAsync(a => a.UserId == userId && a.GymId != null, cancellationToken);
        if (athlete is null)
        {
            return false;
        }

        var gymId = athlete.GymId;
        athlete.GymId = null;
        db.GymMemberships.RemoveRange(await db.GymMemberships.Where(m => m.GymId == gymId && m.UserId == userId && m.Role == GymRole.Member).ToListAsync(cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
