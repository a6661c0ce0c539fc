using System.Security.Claims;
using HybridTrainer.Data;
using HybridTrainer.Domain.Progress;
using HybridTrainer.Domain.Time;
using HybridTrainer.Web.Features.Activities;
using HybridTrainer.Web.Features.Athletes;
using Microsoft.EntityFrameworkCore;

namespace HybridTrainer.Web.Features.Progress;

/// <summary>
/// "What changed" on the athlete's home: the last 7 days against the mean of the 4 weeks before them (rolling weeks, so a
/// Monday does not read as a collapse). Sessions done, load (R18 session RPE × minutes), the estimated 1RM of the main
/// lift trained most recently, and body weight.
/// </summary>
internal sealed class WhatChangedService(IDbContextFactory<HybridTrainerDbContext> dbFactory, AthleteGate gate, TimeProvider clock)
{
    private const int Windows = WeekOverWeek.EarlierWeeks + 1;

    public async Task<WhatChangedView?> GetAsync(ClaimsPrincipal user, Guid? athleteId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await gate.AuthorizeAsync(db, user, athleteId, AthleteOperation.ViewRecovery, cancellationToken) is not { } access)
        {
            return null;
        }

        var end = clock.TodayIn(access.TimeZone).AddDays(1);
        var since = end.AddDays(-7 * Windows);
        var logs = await ProgressService.LogsAsync(db, access.AthleteId, since, end, cancellationToken);
        var extra = await ExtraTraining.LoadsAsync(db, [access.AthleteId], since, end, cancellationToken);
        var weights = await db.BodyMeasurements.AsNoTracking()
            .Where(m => m.AthleteId == access.AthleteId && m.Date >= since && m.Date < end)
            .Select(m => new { m.Date, m.WeightKg })
            .ToListAsync(cancellationToken);

        // Window 0 is the last 7 days; 1–4 the weeks before.
        int WindowOf(DateOnly date) => (end.DayNumber - 1 - date.DayNumber) / 7;
        var sessions = new decimal?[Windows];
        var load = new decimal?[Windows];
        for (var w = 0; w < Windows; w++)
        {
            sessions[w] = logs.Count(l => WindowOf(l.Date) == w);
            load[w] = logs.Where(l => WindowOf(l.Date) == w).Sum(l => (decimal)(l.Minutes ?? 0) * (l.Rpe ?? 0))
                + extra.Where(e => WindowOf(e.Date) == w).Sum(e => (decimal)e.Minutes * e.Rpe);
        }

        var lift = logs.Where(l => WindowOf(l.Date) == 0).SelectMany(l => l.Sets.Select(s => (l.Date, s.MainLift)))
            .Where(s => s.MainLift is not null).OrderBy(s => s.Date).LastOrDefault().MainLift;
        var oneRepMax = new decimal?[Windows];
        if (lift is { } trained)
        {
            foreach (var point in OneRepMaxEstimate.Series(logs.Select(l => (l.Date, l.Sets)), trained))
            {
                var w = WindowOf(point.Date);
                oneRepMax[w] = Math.Max(oneRepMax[w] ?? 0, point.Value);
            }
        }

        var weight = Enumerable.Range(0, Windows).Select(w => weights.Where(m => WindowOf(m.Date) == w).Select(m => m.WeightKg).DefaultIfEmpty().ToArray())
            .Select(kg => kg is [0] ? (decimal?)null : Math.Round(kg.Average(), 1, MidpointRounding.AwayFromZero)).ToArray();

        return new WhatChangedView(
            WeekOverWeek.Compare(sessions[0], sessions[1..], WeekOverWeek.SessionsFlat),
            WeekOverWeek.CompareRelative(load[0], load[1..], WeekOverWeek.LoadFlatFraction),
            lift,
            WeekOverWeek.CompareRelative(oneRepMax[0], oneRepMax[1..], WeekOverWeek.OneRepMaxFlatFraction),
            WeekOverWeek.Compare(weight[0], weight[1..], WeekOverWeek.BodyWeightFlatKg),
            access.Units);
    }
}
