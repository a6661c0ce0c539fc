using System.Security.Claims;
using HybridTrainer.Data;
using HybridTrainer.Data.Athletes;
using Microsoft.EntityFrameworkCore;
using HybridTrainer.Web.Infrastructure.Auth;

namespace HybridTrainer.Web.Features.Athletes;

/// <summary>The units (kg or lb, km or mi) the signed-in athlete reads numbers in; metric for anyone else.</summary>
internal sealed class AthleteUnits(IDbContextFactory<HybridTrainerDbContext> dbFactory)
{
    public async Task<UnitSystem> OfAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (!UserIds.TryGet(user, out var userId))
        {
            return UnitSystem.Metric;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Athletes.Where(a => a.UserId == userId).Select(a => a.Units).FirstOrDefaultAsync(cancellationToken);
    }
}
