using System.Security.Claims;
using HybridTrainer.Data;
using Microsoft.EntityFrameworkCore;
using HybridTrainer.Web.Infrastructure.Auth;

namespace HybridTrainer.Web.Features.Sheets;

/// <summary>Finds the session a printed short code stands for, among the signed-in athlete's own sessions only.</summary>
internal sealed class SheetCodeResolver(IDbContextFactory<HybridTrainerDbContext> dbFactory)
{
    public async Task<Guid?> ResolveAsync(ClaimsPrincipal user, string? code, CancellationToken cancellationToken = default)
    {
        if (!SheetCodes.IsWellFormed(code) || !UserIds.TryGet(user, out var userId))
        {
            return null;
        }

        // The code is the end of the id's text form (xxxxxxxx-…-xxxxxxxxxxxx), lower-case in PostgreSQL.
        var suffix = code!.ToLowerInvariant();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var matches = await db.PlannedSessions.AsNoTracking()
            .Where(s => db.Athletes.Any(a => a.Id == s.AthleteId && a.UserId == userId) && s.Id.ToString().EndsWith(suffix))
            .Select(s => s.Id)
            .Take(2)
            .ToListAsync(cancellationToken);
        return matches.Count == 1 ? matches[0] : null;
    }
}
