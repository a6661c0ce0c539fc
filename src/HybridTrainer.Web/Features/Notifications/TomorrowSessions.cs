using System.Globalization;
using HybridTrainer.Data;
using HybridTrainer.Web.Common.Why;
using HybridTrainer.Web.Features.Sessions;
using Microsoft.Extensions.Localization;
using Microsoft.EntityFrameworkCore;

namespace HybridTrainer.Web.Features.Notifications;

/// <summary>One session of tomorrow as the e-mail shows it: what, how much, and the plan's own reasons.</summary>
public sealed record TomorrowSession(Guid Id, string Title, string Summary, IReadOnlyList<string> Details, IReadOnlyList<string> Why, string? CoachNote);

/// <summary>An athlete's sessions on a date, from the stored block, in the athlete's units.</summary>
internal sealed class TomorrowSessions(IDbContextFactory<HybridTrainerDbContext> dbFactory, IStringLocalizer<WhyText> why)
{
    public async Task<IReadOnlyList<TomorrowSession>> ForAsync(Guid userId, DateOnly day, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var athlete = await db.Athletes.AsNoTracking().Where(a => a.UserId == userId).Select(a => new { a.Id, a.Units }).FirstOrDefaultAsync(cancellationToken);
        if (athlete is null)
        {
            return [];
        }

        var sessions = await db.PlannedSessions.AsNoTracking()
            .Where(s => s.AthleteId == athlete.Id && s.Date == day)
            .OrderBy(s => s.Kind).ThenBy(s => s.Id)
            .ToListAsync(cancellationToken);
        return
        [
            .. sessions.Select(s =>
            {
                var details = new List<string>();
                if (s.Prescription.Run is { } run)
                {
                    details.Add(SessionText.RunSummary(run, athlete.Units, s.RunType));
                }

                details.AddRange(s.Prescription.Exercises.Select(e => $"{e.Name}: {SessionText.SetsSummary(e, athlete.Units)}"));
                return new TomorrowSession(
                    s.Id,
                    SessionText.Title(s.Kind, s.RunType, s.LiftFocus, s.IsDeload),
                    string.Create(CultureInfo.InvariantCulture, $"{s.DurationMinutes} min, RPE {s.PlannedRpe}"),
                    details,
                    why.Word(s.Prescription.Why),
                    s.CoachNote);
            }),
        ];
    }
}
