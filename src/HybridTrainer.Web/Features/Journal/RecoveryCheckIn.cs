using System.Globalization;
using System.Security.Claims;
using FluentValidation;
using HybridTrainer.Data;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Data.Journal;
using HybridTrainer.Data.Planning;
using HybridTrainer.Domain.Adaptation;
using HybridTrainer.Domain.Training;
using HybridTrainer.Web.Common;
using HybridTrainer.Web.Common.Why;
using HybridTrainer.Web.Features.Athletes;
using HybridTrainer.Web.Infrastructure.Validation;
using HybridTrainer.Web.Infrastructure.Concurrency;
using Microsoft.EntityFrameworkCore;
using HybridTrainer.Domain.Time;
using HybridTrainer.Web.Features.Sessions;
using HybridTrainer.Web.Infrastructure.Auth;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.Journal;

/// <summary>
/// Stores today's check-in and asks the engine whether today's hard session should become easier (R27).
/// The answer is a proposal: the plan changes only when the athlete (or their coach) accepts it.
/// </summary>
internal sealed class RecoveryCheckIn(
    IDbContextFactory<HybridTrainerDbContext> dbFactory, IValidator<CheckInInput> validator, AthleteGate gate, TimeProvider clock,
    IStringLocalizer<JournalText> text, IStringLocalizer<WhyText> why)
{
    private const int HistoryDays = 28;

    // Check-ins belong to the athlete's own day, in their time zone.
    private DateOnly TodayOf(Athlete athlete) => clock.TodayIn(athlete.TimeZone);

    public Task<Outcome<CheckInSaved>> SaveAsync(ClaimsPrincipal user, Guid? athleteId, CheckInInput input, CancellationToken cancellationToken = default) =>
        SaveAsync(user, athleteId, input, null, cancellationToken);

    /// <summary>
    /// As above; with <paramref name="expected"/>, today's entry must be the version the caller read (or not exist yet
    /// when the caller creates it), otherwise nothing is saved and the result says stale.
    /// </summary>
    public async Task<Outcome<CheckInSaved>> SaveAsync(
        ClaimsPrincipal user, Guid? athleteId, CheckInInput input, ExpectedVersion? expected, CancellationToken cancellationToken = default)
    {
        var validation = await validator.ValidateAsync(input, cancellationToken);
        if (!validation.IsValid)
        {
            return validation.ToFailure();
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var loaded = await LoadAsync(db, user, athleteId, AthleteOperation.LogRecovery, cancellationToken);
        if (loaded.Failure is { } refused)
        {
            return refused;
        }

        var athlete = loaded.Value!;
        var today = TodayOf(athlete);
        var entry = await db.RecoveryLogs.SingleOrDefaultAsync(r => r.AthleteId == athlete.Id && r.Date == today, cancellationToken);
        if (expected is { } version && !version.Matches(entry?.Version))
        {
            return Failure.Stale(text["CheckInStale"]);
        }

        if (entry is null)
        {
            entry = new RecoveryLog { Id = Guid.CreateVersion7(clock.GetUtcNow()), AthleteId = athlete.Id, Date = today, CreatedAt = clock.GetUtcNow() };
            db.RecoveryLogs.Add(entry);
        }

        (entry.SleepHours, entry.SorenessLegs, entry.SorenessUpper) = (input.SleepHours, input.SorenessLegs, input.SorenessUpper);
        (entry.Fatigue, entry.SleepQuality, entry.MuscleSoreness, entry.Stress, entry.Mood) = (input.Fatigue, input.SleepQuality, input.MuscleSoreness, input.Stress, input.Mood);
        (entry.RestingHeartRate, entry.HrvLnRmssd, entry.FoamRolled) = (input.RestingHeartRate, input.HrvLnRmssd, input.FoamRolled);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return Failure.Stale(text["CheckInStale"]);
        }

        var proposal = await ProposeAsync(db, athlete, cancellationToken);
        return new CheckInSaved(today, entry.Version, proposal is null ? null : DowngradeOffer.From(proposal.Value.Row.Id, proposal.Value.Proposal, why));
    }

    /// <summary>The athlete's check-ins in a date range, oldest first, or why the caller may not see them (health data).</summary>
    public async Task<Outcome<IReadOnlyList<RecoveryLog>>> ListAsync(
        ClaimsPrincipal user, Guid? athleteId, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var access = await gate.CheckAsync(db, user, athleteId, AthleteOperation.ViewRecovery, cancellationToken);
        if (access.Failure is { } refused)
        {
            return refused;
        }

        var athleteKey = access.Value!.AthleteId;
        return Outcome.Of<IReadOnlyList<RecoveryLog>>(await db.RecoveryLogs.AsNoTracking()
            .Where(r => r.AthleteId == athleteKey && r.Date >= from && r.Date <= to)
            .OrderBy(r => r.Date)
            .ToListAsync(cancellationToken));
    }

    /// <summary>Replaces today's session with the engine's easier one; the proposal is worked out again, never trusted from the page.</summary>
    public async Task<bool> AcceptAsync(ClaimsPrincipal user, Guid? athleteId, Guid sessionId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var athlete = (await LoadAsync(db, user, athleteId, AthleteOperation.EditPlan, cancellationToken)).Value;
        var proposal = athlete is null ? null : await ProposeAsync(db, athlete, cancellationToken);
        if (proposal is not { } found || found.Row.Id != sessionId)
        {
            return false;
        }

        var row = await db.PlannedSessions.SingleAsync(s => s.Id == sessionId, cancellationToken);
        UserIds.TryGet(user, out var userId);
        found.Proposal.Replacement.ApplyTo(row, userId, clock.GetUtcNow());
        // Kept as keys, one line per trigger: whoever reads the session later reads why in their own language.
        row.DowngradeReason = DowngradeOffer.Stored(found.Proposal);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Today's open downgrade proposal from the latest check-in, for a coach looking at a client (or the athlete coming back).</summary>
    public async Task<DowngradeOffer?> GetOfferAsync(ClaimsPrincipal user, Guid? athleteId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var athlete = (await LoadAsync(db, user, athleteId, AthleteOperation.ViewRecovery, cancellationToken)).Value;
        var proposal = athlete is null ? null : await ProposeAsync(db, athlete, cancellationToken);
        return proposal is { } found ? DowngradeOffer.From(found.Row.Id, found.Proposal, why) : null;
    }

    private async Task<Outcome<Athlete>> LoadAsync(
        HybridTrainerDbContext db, ClaimsPrincipal user, Guid? athleteId, AthleteOperation operation, CancellationToken cancellationToken)
    {
        var access = await gate.CheckAsync(db, user, athleteId, operation, cancellationToken);
        return access.Failure is { } refused
            ? refused
            : await AthleteDirectory.LoadForEngineAsync(db, access.Value!.AthleteId, cancellationToken);
    }

    private async Task<(Data.Planning.PlannedSession Row, DowngradeProposal Proposal)?> ProposeAsync(HybridTrainerDbContext db, Athlete athlete, CancellationToken cancellationToken)
    {
        var day = TodayOf(athlete);
        var today = await db.PlannedSessions.AsNoTracking()
            .Where(s => s.AthleteId == athlete.Id && s.Date == day && s.HardOnLegs && s.BlockId != null && !db.SessionLogs.Any(l => l.PlannedSessionId == s.Id))
            .FirstOrDefaultAsync(cancellationToken);
        if (today is null || athlete.ToProfile() is not { } profile)
        {
            return null;
        }

        var plan = await StoredPlan.LoadAsync(db, today.BlockId!.Value, profile, cancellationToken);
        var since = day.AddDays(-HistoryDays);
        var entries = await db.RecoveryLogs.AsNoTracking().Where(r => r.AthleteId == athlete.Id && r.Date >= since).OrderBy(r => r.Date)
            .Select(r => new RecoveryEntry(r.Date, (double)r.SleepHours, r.SorenessLegs, r.SorenessUpper,
                new WellnessScores(r.Fatigue, r.SleepQuality, r.MuscleSoreness, r.Stress, r.Mood), r.RestingHeartRate, r.HrvLnRmssd))
            .ToListAsync(cancellationToken);
        var proposal = ReadinessAdvisor.Propose(plan.Block, entries, athlete.RestingHeartRate)
            .FirstOrDefault(p => ReferenceEquals(p.Session, plan.Sessions[today.Id]) || p.Session == plan.Sessions[today.Id]);
        return proposal is null ? null : (today, proposal);
    }
}

/// <summary>A saved check-in: the athlete's day it is for, its version and, on a hard day, the engine's easier alternative.</summary>
public sealed record CheckInSaved(DateOnly Date, uint Version, DowngradeOffer? Offer);

/// <summary>What the athlete reads before accepting or keeping today's session.</summary>
public sealed record DowngradeOffer(Guid SessionId, string Planned, string Proposed, string Reason)
{
    internal static DowngradeOffer From(Guid sessionId, DowngradeProposal proposal, IStringLocalizer<WhyText> why) => new(
        sessionId,
        SessionText.Title(proposal.Session.Kind, proposal.Session.RunType, proposal.Session.LiftFocus, proposal.Session.IsDeload),
        string.Create(CultureInfo.CurrentCulture,
            $"{SessionText.Title(proposal.Replacement.Kind, proposal.Replacement.RunType, proposal.Replacement.LiftFocus, proposal.Replacement.IsDeload)}, {proposal.Replacement.DurationMinutes} min"),
        Worded(proposal, why));

    /// <summary>Why the engine proposes it: each fired trigger's sentence in the reader's language, one after the other.</summary>
    internal static string Worded(DowngradeProposal proposal, IStringLocalizer<WhyText> why) => string.Join(" ", why.Word(proposal.Reasons));

    /// <summary>The reasons as the session row keeps them (<see cref="WhyWording.WordLines"/> words them back).</summary>
    internal static string Stored(DowngradeProposal proposal) => string.Join('\n', proposal.Reasons.Select(StoredReason.Encode));
}
