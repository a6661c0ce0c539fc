using HybridTrainer.Data;
using HybridTrainer.Web.Features.Athletes;
using HybridTrainer.Web.Features.Sessions;
using Microsoft.EntityFrameworkCore;

namespace HybridTrainer.Web.Features.Plan;

/// <summary>
/// The week read in one round trip: the caller's relation to the athlete (the rule of <see cref="AthleteRelations"/>)
/// with the athlete's sessions between two dates and whether each is logged, projected into the columns the page and
/// the API show. Rows come back only when some relation applies, so a stranger's request carries no session out of the
/// database; whether the relation allows the read is still the gate's decision.
/// </summary>
internal static class WeekQuery
{
    /// <summary>The relation row (null when the caller has none) and the sessions from <paramref name="from"/> to <paramref name="to"/>, by date.</summary>
    public static async Task<WeekRows?> ReadAsync(
        HybridTrainerDbContext db, Guid userId, Guid? athleteId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var related = AthleteRelations.Of(db, userId);
        var row = await (athleteId is { } id ? related.Where(r => r.Athlete.Id == id) : related.Where(r => r.Athlete.UserId == userId))
            .Where(r => r.Self || r.Coach || r.Staff)
            .Select(r => new
            {
                r.Athlete.Id,
                r.Athlete.Units,
                r.Athlete.TimeZone,
                r.Self,
                r.Coach,
                r.Staff,
                Sessions = db.PlannedSessions
                    .Where(s => s.AthleteId == r.Athlete.Id && s.Date >= from && s.Date <= to)
                    .OrderBy(s => s.Date)
                    .Select(s => new WeekRow(
                        new StoredSession(
                            s.Id, s.BlockId, s.Date, s.ProgramWeek, s.Kind, s.RunType, s.LiftFocus, s.HardOnLegs, s.IsDeload, s.DurationMinutes,
                            s.PlannedRpe, s.LoadAu, s.Adjustment, s.Prescription, s.CoachNote, s.DowngradeReason, s.UpdatedAt, s.Version),
                        db.SessionLogs.Any(l => l.PlannedSessionId == s.Id)))
                    .ToList(),
            })
            .AsNoTracking()
            .SingleOrDefaultAsync(cancellationToken);
        return row is null
            ? null
            : new WeekRows(AthleteGate.AccessOf(userId, row.Id, row.Self, row.Coach, row.Staff, row.Units, row.TimeZone), row.Sessions);
    }
}

/// <summary>What <see cref="WeekQuery"/> found: the caller's access (before the gate's decision) and the session rows.</summary>
internal sealed record WeekRows(AthleteAccess? Access, IReadOnlyList<WeekRow> Sessions);

/// <summary>One stored session of the week, unmasked, and whether it is logged.</summary>
internal sealed record WeekRow(StoredSession Session, bool Logged);
