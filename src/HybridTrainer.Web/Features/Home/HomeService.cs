using System.Security.Claims;
using HybridTrainer.Data;
using HybridTrainer.Web.Features.Athletes;
using Microsoft.EntityFrameworkCore;
using HybridTrainer.Web.Infrastructure.Auth;

namespace HybridTrainer.Web.Features.Home;

/// <summary>What a signed-in person's home page shows, whatever their role.</summary>
internal sealed class HomeService(IDbContextFactory<HybridTrainerDbContext> dbFactory, AthleteDirectory directory)
{
    public async Task<HomeView> GetAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (!UserIds.TryGet(user, out var userId))
        {
            return HomeView.Empty;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var gyms = await db.GymMemberships.AsNoTracking()
            .Where(m => m.UserId == userId)
            .Select(m => m.Gym!.Name)
            .Distinct()
            .ToListAsync(cancellationToken);
        var coaches = await (
                from link in db.CoachClients.AsNoTracking()
                join athlete in db.Athletes on link.AthleteId equals athlete.Id
                join coach in db.Users on link.CoachUserId equals coach.Id
                where athlete.UserId == userId && link.EndedAt == null
                select coach.DisplayName)
            .ToListAsync(cancellationToken);
        var athletes = await directory.ListVisibleAsync(user, cancellationToken);
        return new HomeView(gyms, coaches, athletes);
    }
}

public sealed record HomeView(IReadOnlyList<string> Gyms, IReadOnlyList<string> Coaches, IReadOnlyList<AthleteSummary> Athletes)
{
    public static readonly HomeView Empty = new([], [], []);
}
