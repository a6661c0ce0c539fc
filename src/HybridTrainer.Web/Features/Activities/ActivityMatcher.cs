using HybridTrainer.Activities;
using HybridTrainer.Data;
using HybridTrainer.Data.Activities;
using HybridTrainer.Data.Journal;
using HybridTrainer.Domain.Training;
using HybridTrainer.Web.Features.Athletes;
using Microsoft.EntityFrameworkCore;

namespace HybridTrainer.Web.Features.Activities;

/// <summary>
/// Puts a recorded run on the plan: a run on the athlete's own day of a planned run logs that session (done, minutes,
/// distance, the plan's RPE to confirm). What the athlete logged by hand is never overwritten: the activity is attached
/// beside it. Anything else (no planned run that day, another sport, no clock) stays as extra training.
/// </summary>
internal sealed class ActivityMatcher(HybridTrainerDbContext db, AthleteAccess access, TimeProvider clock)
{
    private readonly HashSet<Guid> _claimed = [];

    public async Task MatchAsync(ImportedActivity activity, CancellationToken cancellationToken)
    {
        if (activity.Sport != ActivitySport.Running || activity.LocalDate is not { } day)
        {
            return;
        }

        var free = await db.PlannedSessions.AsNoTracking()
            .Where(s => s.AthleteId == access.AthleteId && s.Date == day && s.Kind == SessionKind.Run
                && !db.Activities.Any(a => a.MatchedSessionId == s.Id))
            .Select(s => new { s.Id, s.DurationMinutes, s.PlannedRpe, Logged = db.SessionLogs.Any(l => l.PlannedSessionId == s.Id) })
            .ToListAsync(cancellationToken);
        // Two runs planned that day (R7 doubles): the one whose planned minutes are nearest what was recorded.
        var minutes = activity.MovingSeconds / 60;
        var session = free.Where(s => !_claimed.Contains(s.Id)).OrderBy(s => Math.Abs(s.DurationMinutes - minutes)).FirstOrDefault();
        if (session is null)
        {
            return;
        }

        _claimed.Add(session.Id);
        activity.MatchedSessionId = session.Id;
        if (session.Logged)
        {
            return;
        }

        db.SessionLogs.Add(new SessionLog
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            PlannedSessionId = session.Id,
            AthleteId = access.AthleteId,
            Completed = true,
            ActualDurationMinutes = Math.Clamp((int)Math.Round(minutes, MidpointRounding.AwayFromZero), 1, MaxLoggedMinutes),
            DistanceKm = activity.DistanceMeters is { } metres ? Math.Round((decimal)metres / 1000m, 2) : null,
            Rpe = session.PlannedRpe,
            LoggedByUserId = access.UserId,
            LoggedAt = clock.GetUtcNow(),
        });
    }

    /// <summary>The log form's own ceiling, so an imported log can be corrected in the form without tripping it.</summary>
    private const int MaxLoggedMinutes = 600;
}
