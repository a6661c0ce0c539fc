using HybridTrainer.Domain.Training;
using DomainSession = HybridTrainer.Domain.Training.PlannedSession;

namespace HybridTrainer.Data.Planning;

/// <summary>Turns the engine's sessions into rows and back, so stored plans can be checked by the same rules.</summary>
public static class PlannedSessionMapping
{
    public static PlannedSession ToEntity(this DomainSession session, Guid athleteId, Guid? blockId, TrainingWeek week, Guid? userId, DateTimeOffset now) =>
        session.ToEntity(athleteId, blockId, week.ProgramWeek, week.WaveWeek, userId, now);

    public static PlannedSession ToEntity(this DomainSession session, Guid athleteId, Guid? blockId, int programWeek, int waveWeek, Guid? userId, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        AthleteId = athleteId,
        BlockId = blockId,
        Date = session.Date,
        ProgramWeek = programWeek,
        WaveWeek = waveWeek,
        Kind = session.Kind,
        RunType = session.RunType,
        LiftFocus = session.LiftFocus,
        HardOnLegs = session.HardOnLegs,
        IsDeload = session.IsDeload,
        Adjustment = session.Adjustment,
        DurationMinutes = session.DurationMinutes,
        PlannedRpe = session.PlannedRpe,
        LoadAu = session.LoadAu,
        ShoeId = Guid.TryParse(session.ShoeId, out var shoeId) ? shoeId : null,
        Prescription = new SessionPrescription
        {
            Run = session.Run is { } run ? ToEntity(run) : null,
            Exercises = [.. session.Exercises.Select(ToEntity)],
            Why = [.. session.Why.Select(StoredReason.Encode)],
            FoamRolling = session.FoamRollingPrompt,
        },
        UpdatedByUserId = userId,
        UpdatedAt = now,
    };

    /// <summary>Puts an engine session (e.g. an accepted downgrade) into an existing row, keeping its identity and week.</summary>
    public static void ApplyTo(this DomainSession session, PlannedSession row, Guid? userId, DateTimeOffset now)
    {
        var fresh = session.ToEntity(row.AthleteId, row.BlockId, row.ProgramWeek, row.WaveWeek, userId, now);
        (row.Kind, row.RunType, row.LiftFocus, row.HardOnLegs, row.IsDeload) = (fresh.Kind, fresh.RunType, fresh.LiftFocus, fresh.HardOnLegs, fresh.IsDeload);
        (row.DurationMinutes, row.PlannedRpe, row.LoadAu, row.Prescription) = (fresh.DurationMinutes, fresh.PlannedRpe, fresh.LoadAu, fresh.Prescription);
        (row.Adjustment, row.ShoeId, row.UpdatedByUserId, row.UpdatedAt) = (fresh.Adjustment, fresh.ShoeId, userId, now);
    }

    public static DomainSession ToDomain(this PlannedSession session) => new(
        session.Date,
        session.Kind,
        session.RunType,
        session.LiftFocus,
        session.DurationMinutes,
        session.PlannedRpe,
        session.Prescription.Run is { } run ? ToDomain(run) : null,
        [.. session.Prescription.Exercises.Select(ToDomain)],
        [.. session.Prescription.Why.Select(StoredReason.Decode)])
    {
        IsDeload = session.IsDeload,
        ShoeId = session.ShoeId?.ToString(),
        FoamRollingPrompt = session.Prescription.FoamRolling,
        Adjustment = session.Adjustment,
    };

    private static RunDetails ToEntity(Domain.Training.RunPrescription run) => new()
    {
        WarmUpMinutes = run.WarmUpMinutes,
        CoolDownMinutes = run.CoolDownMinutes,
        Repetitions = run.Repetitions,
        RepetitionDistanceMeters = run.RepetitionDistanceMeters,
        RepetitionSeconds = run.RepetitionSeconds,
        RestSeconds = run.RestSeconds,
        DistanceKm = run.DistanceKm is { } km ? Math.Round((decimal)km, 2) : null,
        PaceFastSecondsPerKm = run.Pace?.FastSecondsPerKm,
        PaceSlowSecondsPerKm = run.Pace?.SlowSecondsPerKm,
        TargetRpe = run.TargetRpe,
        HeartRateLowBpm = run.HeartRate?.LowBpm,
        HeartRateHighBpm = run.HeartRate?.HighBpm,
        RacePaceMinutes = run.RacePaceMinutes,
        RacePaceFastSecondsPerKm = run.RacePace?.FastSecondsPerKm,
        RacePaceSlowSecondsPerKm = run.RacePace?.SlowSecondsPerKm,
        FuellingNote = run.FuellingNote,
    };

    private static Domain.Training.RunPrescription ToDomain(RunDetails run) => new(
        run.WarmUpMinutes,
        run.CoolDownMinutes,
        run.Repetitions,
        run.RepetitionDistanceMeters,
        run.RepetitionSeconds,
        run.RestSeconds,
        run.DistanceKm is { } km ? (double)km : null,
        run.PaceFastSecondsPerKm is { } fast && run.PaceSlowSecondsPerKm is { } slow ? new PaceRange(fast, slow) : null)
    {
        TargetRpe = run.TargetRpe,
        HeartRate = run.HeartRateLowBpm is { } low && run.HeartRateHighBpm is { } high ? new HeartRateRange(low, high) : null,
        RacePaceMinutes = run.RacePaceMinutes,
        RacePace = run.RacePaceFastSecondsPerKm is { } raceFast && run.RacePaceSlowSecondsPerKm is { } raceSlow ? new PaceRange(raceFast, raceSlow) : null,
        FuellingNote = run.FuellingNote,
    };

    private static ExercisePrescription ToEntity(Exercise exercise) => new()
    {
        Name = exercise.Name,
        MainLift = exercise.MainLift?.ToString(),
        Role = exercise.Role.ToString(),
        Sets = [.. exercise.Sets.Select(s => new SetPrescription { Reps = s.Reps, WeightKg = s.WeightKg, PercentOfTrainingMax = s.PercentOfTrainingMax, Amrap = s.Amrap })],
    };

    private static Exercise ToDomain(ExercisePrescription exercise) => new(
        exercise.Name,
        Enum.TryParse<MainLift>(exercise.MainLift, out var lift) ? lift : null,
        Enum.Parse<ExerciseRole>(exercise.Role),
        [.. exercise.Sets.Select(s => new ExerciseSet(s.Reps, s.WeightKg, s.PercentOfTrainingMax, s.Amrap))]);
}
