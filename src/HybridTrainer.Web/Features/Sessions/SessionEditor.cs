using System.Security.Claims;
using FluentValidation;
using HybridTrainer.Data;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Data.Planning;
using HybridTrainer.Domain.Planning;
using HybridTrainer.Domain.Rules;
using HybridTrainer.Web.Common;
using HybridTrainer.Web.Common.Why;
using HybridTrainer.Web.Features.Athletes;
using HybridTrainer.Web.Infrastructure.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.Sessions;

/// <summary>
/// Changes one session's prescription (duration, effort, run numbers, sets) for whoever may edit the plan: the athlete
/// or their coach. The plan checker looks at the result; what the edit newly breaks is saved but reported.
/// </summary>
internal sealed class SessionEditor(
    IDbContextFactory<HybridTrainerDbContext> dbFactory, IValidator<PrescriptionInput> validator, AthleteGate gate, TimeProvider clock,
    IStringLocalizer<SessionsText> text, IStringLocalizer<WhyText> why)
{
    public async Task<Outcome<PrescriptionSaved>> SaveAsync(ClaimsPrincipal user, Guid sessionId, PrescriptionInput input, CancellationToken cancellationToken = default)
    {
        var validation = await validator.ValidateAsync(input, cancellationToken);
        if (!validation.IsValid)
        {
            return validation.ToFailure();
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var checkedAccess = await gate.CheckSessionAsync(db, user, sessionId, AthleteOperation.EditPlan, cancellationToken);
        if (checkedAccess.Failure is { } refused)
        {
            return refused;
        }

        var access = checkedAccess.Value!;
        var session = await db.PlannedSessions.SingleAsync(s => s.Id == sessionId, cancellationToken);
        if (await db.SessionLogs.AnyAsync(l => l.PlannedSessionId == sessionId, cancellationToken))
        {
            return Failure.Conflict(text["EditAlreadyLogged"]);
        }

        var athlete = await db.Athletes.AsNoTracking().Include(a => a.LiftMaxes).Include(a => a.Shoes).AsSplitQuery()
            .SingleAsync(a => a.Id == access.AthleteId, cancellationToken);
        db.Entry(session).Property(s => s.Version).OriginalValue = input.Version;
        Apply(input, session);
        session.UpdatedByUserId = access.UserId;
        session.UpdatedAt = clock.GetUtcNow();
        var broken = athlete.ToProfile() is { } profile && session.BlockId is { } blockId
            ? await NewViolationsAsync(db, blockId, session, profile, cancellationToken)
            : [];
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.Stale(
                "This session was changed by someone else since you opened it. Nothing was saved: reload to see their change, then edit again.");
        }

        return new PrescriptionSaved(session.Version, broken);
    }

    private static void Apply(PrescriptionInput input, PlannedSession session)
    {
        session.DurationMinutes = input.DurationMinutes;
        session.PlannedRpe = input.PlannedRpe;
        session.LoadAu = R18LoadAndMonotony.SessionLoad(input.PlannedRpe, input.DurationMinutes);
        var old = session.Prescription;
        // A new value, not an edit in place: the prescription is one jsonb document, saved whole.
        session.Prescription = new SessionPrescription
        {
            Run = old.Run is { } run ? Copy(run, input) : null,
            Exercises = [.. old.Exercises.Select(e => new ExercisePrescription
            {
                Name = e.Name,
                MainLift = e.MainLift,
                Role = e.Role,
                Sets = [.. e.Sets.Select((s, i) => input.Sets.FirstOrDefault(x => x.Exercise == e.Name && x.SetNumber == i + 1) is { } edit
                    ? new SetPrescription { Reps = edit.Reps, WeightKg = edit.WeightKg, PercentOfTrainingMax = edit.WeightKg == s.WeightKg ? s.PercentOfTrainingMax : null, Amrap = s.Amrap }
                    : s)],
            })],
            Why = [.. old.Why],
            FoamRolling = old.FoamRolling,
        };
    }

    private static RunDetails Copy(RunDetails run, PrescriptionInput input) => new()
    {
        WarmUpMinutes = run.WarmUpMinutes,
        CoolDownMinutes = run.CoolDownMinutes,
        Repetitions = input.Repetitions,
        RepetitionDistanceMeters = run.RepetitionDistanceMeters,
        RepetitionSeconds = run.RepetitionSeconds,
        RestSeconds = run.RestSeconds,
        DistanceKm = input.DistanceKm,
        PaceFastSecondsPerKm = PrescriptionInput.ParsePace(input.PaceFast),
        PaceSlowSecondsPerKm = PrescriptionInput.ParsePace(input.PaceSlow),
        TargetRpe = input.PlannedRpe,
        HeartRateLowBpm = run.HeartRateLowBpm,
        HeartRateHighBpm = run.HeartRateHighBpm,
        // The editor does not touch the race-pace segment or the fuelling note; a long run keeps them (R33, R34).
        RacePaceMinutes = run.RacePaceMinutes,
        RacePaceFastSecondsPerKm = run.RacePaceFastSecondsPerKm,
        RacePaceSlowSecondsPerKm = run.RacePaceSlowSecondsPerKm,
        FuellingNote = run.FuellingNote,
    };

    // Only what the edit itself breaks, as for a move: warnings the plan already carried are not repeated.
    private async Task<IReadOnlyList<RuleWarning>> NewViolationsAsync(
        HybridTrainerDbContext db, Guid blockId, PlannedSession edited, Domain.Athletes.AthleteProfile profile,
        CancellationToken cancellationToken)
    {
        var plan = await StoredPlan.LoadAsync(db, blockId, profile, cancellationToken);
        var before = plan.Check().Select(Key).ToHashSet();
        var after = plan.CheckWith(edited.Id, edited.ToDomain());
        return [.. after.Where(v => !before.Contains(Key(v))).Select(v => new RuleWarning(v.Rule, why.Word(v.Reason)))];
    }

    // The same finding before and after: the same rule, key and arguments, whatever language it is worded in.
    private static (string Rule, Domain.Training.Reason Reason) Key(RuleViolation violation) => (violation.Rule, violation.Reason);
}

/// <summary>A saved prescription: its new version and the rule breaks the edit introduced (saved, but reported).</summary>
public sealed record PrescriptionSaved(uint Version, IReadOnlyList<RuleWarning> Warnings);
