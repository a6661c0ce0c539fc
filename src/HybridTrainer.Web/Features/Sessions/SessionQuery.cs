using HybridTrainer.Data;
using HybridTrainer.Data.Journal;
using HybridTrainer.Web.Features.Athletes;
using Microsoft.EntityFrameworkCore;

namespace HybridTrainer.Web.Features.Sessions;

/// <summary>
/// One session read in one round trip: the session's columns, its log, who changed it last and the caller's relation
/// to its athlete (the rule of <see cref="AthleteRelations"/>). No row comes back when no relation applies, so the read
/// cannot tell a stranger whether the session exists; whether the relation allows the read is still the gate's decision.
/// </summary>
internal static class SessionQuery
{
    public static async Task<SessionRow?> ReadAsync(HybridTrainerDbContext db, Guid userId, Guid sessionId, CancellationToken cancellationToken)
    {
        var row = await (
                from s in db.PlannedSessions
                where s.Id == sessionId
                join r in AthleteRelations.Of(db, userId) on s.AthleteId equals r.Athlete.Id
                where r.Self || r.Coach || r.Staff
                select new
                {
                    r.Athlete.Id,
                    r.Athlete.Units,
                    r.Athlete.TimeZone,
                    r.Self,
                    r.Coach,
                    r.Staff,
                    Session = new StoredSession(
                        s.Id, s.BlockId, s.Date, s.ProgramWeek, s.Kind, s.RunType, s.LiftFocus, s.HardOnLegs, s.IsDeload, s.DurationMinutes,
                        s.PlannedRpe, s.LoadAu, s.Adjustment, s.Prescription, s.CoachNote, s.DowngradeReason, s.UpdatedAt, s.Version),
                    Log = db.SessionLogs.SingleOrDefault(l => l.PlannedSessionId == s.Id),
                    ChangedBy = db.Users.Where(u => u.Id == s.UpdatedByUserId).Select(u => u.DisplayName).FirstOrDefault(),
                })
            .AsNoTracking()
            .SingleOrDefaultAsync(cancellationToken);
        return row is null
            ? null
            : new SessionRow(AthleteGate.AccessOf(userId, row.Id, row.Self, row.Coach, row.Staff, row.Units, row.TimeZone), row.Session, row.Log, row.ChangedBy);
    }
}

/// <summary>What <see cref="SessionQuery"/> found, unmasked: the caller's access (before the gate's decision), the session, its log, its last author.</summary>
internal sealed record SessionRow(AthleteAccess? Access, StoredSession Session, SessionLog? Log, string? ChangedBy);
