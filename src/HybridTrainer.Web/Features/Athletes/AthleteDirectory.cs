using System.Security.Claims;
using HybridTrainer.Data;
using HybridTrainer.Data.Athletes;
using Microsoft.EntityFrameworkCore;
using HybridTrainer.Web.Infrastructure.Auth;

namespace HybridTrainer.Web.Features.Athletes;

/// <summary>
/// Which athletes a signed-in user may see: their own profile, a coach's active clients, and the members of
/// a gym where the user is staff or admin. Every page and endpoint asks here, so the rule lives in one place.
/// </summary>
internal sealed class AthleteDirectory(IDbContextFactory<HybridTrainerDbContext> dbFactory)
{
    public async Task<IReadOnlyList<AthleteSummary>> ListVisibleAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (!UserIds.TryGet(user, out var userId))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await Visible(db, userId)
            .OrderBy(a => a.DisplayName)
            .Select(a => new AthleteSummary(a.Id, a.DisplayName, a.GymId, a.UserId != null, a.BodyWeightKg != null))
            .ToListAsync(cancellationToken);
    }

    internal static IQueryable<Athlete> Visible(HybridTrainerDbContext db, Guid userId) =>
        AthleteRelations.Of(db, userId).Where(r => r.Self || r.Coach || r.Staff).Select(r => r.Athlete).AsNoTracking();

    /// <summary>An athlete with what the engine needs (lift maxes, shoes), tracked for updates; ask <see cref="AthleteGate"/> first.</summary>
    internal static Task<Athlete> LoadForEngineAsync(HybridTrainerDbContext db, Guid athleteId, CancellationToken cancellationToken) =>
        db.Athletes.Include(a => a.LiftMaxes).Include(a => a.Shoes).AsSplitQuery().SingleAsync(a => a.Id == athleteId, cancellationToken);
}
