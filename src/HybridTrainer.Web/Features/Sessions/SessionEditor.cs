using System.Security.Claims;
using FluentValidation;
using HybridTrainer.Data;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Data.Planning;
using HybridTrainer.Domain.Planning;
using HybridTrainer.Domain.Rules;
using HybridTrainer.Web.Features.Athletes;
using Microsoft.EntityFrameworkCore;

namespace HybridTrainer.Web.Features.Sessions;

/// <summary>
/// Changes one session's prescription (duration, effort, run numbers, sets) for whoever may edit the plan: the athlete
/// or their coach. The plan checker looks at the result; what the edit newly breaks is saved but reported.
/// </summary>
internal sealed class SessionEditor(
    IDbContextFactory<HybridTrainerDbContext> dbFactory, IValidator<PrescriptionInput> validator, AthleteGate gate, TimeProvider clock)
{
    public async Task<EditOutcome> SaveAsync(ClaimsPrincipal user, Guid sessionId, PrescriptionInput input, CancellationToken cancellationToken = default)
    {
        var validation = await validator.ValidateAsync(input, cancellationToken);
        if (!validation.IsValid)
        {
            return EditOutcome.Invalid([.. validation.Errors.Select(e => e.ErrorMessage).Distinct()]);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var access = await gate.AuthorizeSessionAsync(db, user, sessionId, AthleteOperation.EditPlan, cancellationToken);
        if (access is null)
        {
            return EditOutcome.NotFound;
        }

        var session = await db.PlannedSessions.SingleAsync(s => s.Id == sessionId, cancellationToken);
        if (await db.SessionLogs.AnyAsync(l => l.PlannedSessionId == sessionId, cancellationToken))
        {
            return EditOutcome.Invalid(["This session is already logged; its plan stays as it was when it was done."]);
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
            return EditOutcome.Conflict;
        }

        return new EditOutcome(EditStatus.Saved, [], broken, session.Version);
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
    };

    // Only what the edit itself breaks, as for a move: warnings the plan already carried are not repeated.
    private static async Task<IReadOnlyList<MoveViolation>> NewViolationsAsync(
        HybridTrainerDbContext db, Guid blockId, PlannedSession edited, Domain.Athletes.AthleteProfile profile,
        CancellationToken cancellationToken)
    {
        var plan = await StoredPlan.LoadAsync(db, blockId, profile, cancellationToken);
        var before = plan.Check().Select(Key).ToHashSet();
        var after = plan.CheckWith(edited.Id, edited.ToDomain());
        return [.. after.Where(v => !before.Contains(Key(v))).Select(v => new MoveViolation(v.Rule, v.Message))];
    }

    private static string Key(RuleViolation violation) => $"{violation.Rule}|{violation.Message}";
}

public enum EditStatus
{
    Saved,
    Invalid,
    NotFound,
    Conflict,
}

public sealed record EditOutcome(EditStatus Status, IReadOnlyList<string> Errors, IReadOnlyList<MoveViolation> Warnings, uint Version)
{
    public static readonly EditOutcome NotFound = new(EditStatus.NotFound, ["That session does not exist."], [], 0);

    public static readonly EditOutcome Conflict = new(EditStatus.Conflict,
        ["This session was changed by someone else since you opened it. Nothing was saved: reload to see their change, then edit again."], [], 0);

    public static EditOutcome Invalid(IReadOnlyList<string> errors) => new(EditStatus.Invalid, errors, [], 0);
}
