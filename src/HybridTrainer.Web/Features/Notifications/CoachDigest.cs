using System.Security.Claims;
using HybridTrainer.Data;
using HybridTrainer.Domain.Time;
using HybridTrainer.Web.Features.Coach;
using Microsoft.EntityFrameworkCore;

namespace HybridTrainer.Web.Features.Notifications;

/// <summary>One client the digest names, with only what needs the coach's look.</summary>
public sealed record DigestClient(
    Guid AthleteId, string Name, string? Readiness, int MissedYesterday, IReadOnlyList<string> RuleWarnings, IReadOnlyList<string> ShoesToRetire);

/// <summary>
/// The coach's morning digest: the coach's table as <see cref="CoachDesk"/> judges it (readiness flags, rule warnings,
/// shoes to retire, through the same authorization as the page), plus the sessions each client missed on their own
/// yesterday, which the table (this week only) does not give on a Monday.
/// </summary>
internal sealed class CoachDigest(CoachDesk desk, IDbContextFactory<HybridTrainerDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>The clients that need a look, attention first; empty when there is nothing to say.</summary>
    public async Task<IReadOnlyList<DigestClient>> BuildAsync(ClaimsPrincipal coach, CancellationToken cancellationToken)
    {
        var rows = await desk.ListClientsAsync(coach, cancellationToken);
        var missed = await MissedYesterdayAsync([.. rows.Select(r => r.AthleteId)], cancellationToken);
        return
        [
            .. rows.Select(r => new DigestClient(r.AthleteId, r.Name, r.ReadinessReason, missed.GetValueOrDefault(r.AthleteId), r.PlanWarnings, r.ShoesToRetire))
                .Where(c => c.Readiness is not null || c.MissedYesterday > 0 || c.RuleWarnings.Count > 0 || c.ShoesToRetire.Count > 0),
        ];
    }

    // Planned sessions on each client's own yesterday without a completed log.
    private async Task<Dictionary<Guid, int>> MissedYesterdayAsync(List<Guid> athleteIds, CancellationToken cancellationToken)
    {
        if (athleteIds.Count == 0)
        {
            return [];
        }

        var (from, to) = (clock.EarliestToday().AddDays(-1), clock.LatestToday().AddDays(-1));
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var zones = await db.Athletes.AsNoTracking().Where(a => athleteIds.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => a.TimeZone, cancellationToken);
        var open = await db.PlannedSessions.AsNoTracking()
            .Where(s => athleteIds.Contains(s.AthleteId) && s.Date >= from && s.Date <= to
                && !db.SessionLogs.Any(l => l.PlannedSessionId == s.Id && l.Completed))
            .Select(s => new { s.AthleteId, s.Date })
            .ToListAsync(cancellationToken);
        return open.Where(s => s.Date == clock.TodayIn(zones.GetValueOrDefault(s.AthleteId)).AddDays(-1))
            .GroupBy(s => s.AthleteId)
            .ToDictionary(g => g.Key, g => g.Count());
    }
}
