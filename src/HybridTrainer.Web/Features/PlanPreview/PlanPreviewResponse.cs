using HybridTrainer.Domain.Training;

namespace HybridTrainer.Web.Features.PlanPreview;

/// <summary>The generated block as the public contract: kg as JSON numbers, paces in seconds per km, dates yyyy-MM-dd.</summary>
public sealed record PlanPreviewResponse(
    double? Vdot,
    PlanPreviewTrainingMaxes TrainingMaxesKg,
    int ProteinGramsPerDay,
    PlanPreviewPaces? Paces,
    IReadOnlyList<PlanPreviewWeek> Weeks,
    IReadOnlyList<PlanPreviewWarning> Warnings);

public sealed record PlanPreviewTrainingMaxes(decimal Squat, decimal BenchPress, decimal Deadlift, decimal OverheadPress);

public sealed record PlanPreviewPaces(PlanPreviewPaceRange Recovery, PlanPreviewPaceRange Steady, int RepetitionSecondsPerKm);

public sealed record PlanPreviewPaceRange(int FastSecondsPerKm, int SlowSecondsPerKm);

public sealed record PlanPreviewWeek(
    int ProgramWeek,
    int WaveWeek,
    DateOnly StartDate,
    int PlannedLoadAu,
    int PlannedRunMinutes,
    IReadOnlyList<PlanPreviewSession> Sessions);

public sealed record PlanPreviewSession(
    DateOnly Date,
    SessionKind Kind,
    RunType? RunType,
    LiftFocus? LiftFocus,
    bool HardOnLegs,
    int DurationMinutes,
    int PlannedRpe,
    int LoadAu,
    PlanPreviewRun? Run,
    IReadOnlyList<PlanPreviewExercise> Exercises,
    IReadOnlyList<string> Why);

public sealed record PlanPreviewRun(
    int WarmUpMinutes,
    int CoolDownMinutes,
    int? Repetitions,
    int? RepetitionDistanceMeters,
    int? RepetitionSeconds,
    int? RestSeconds,
    double? DistanceKm,
    PlanPreviewPaceRange? Pace);

public sealed record PlanPreviewExercise(string Name, MainLift? MainLift, ExerciseRole Role, IReadOnlyList<PlanPreviewSet> Sets);

public sealed record PlanPreviewSet(int Reps, decimal? WeightKg, int? PercentOfTrainingMax, bool Amrap);

public sealed record PlanPreviewWarning(string Rule, string Message);
