using System.Text.Json.Serialization;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Web.Features.PlanPreview;

/// <summary>
/// The generated block as the public contract: kg as JSON numbers, paces in seconds per km, dates yyyy-MM-dd. What a
/// race block adds (race, phase, race pace, fuelling) is left out of an open block's answer, which stays as it was.
/// Lists are arrays: the serializer indexes an array, while a list behind an interface costs an enumerator per list
/// (about a hundred per 4-week answer).
/// </summary>
public sealed record PlanPreviewResponse(
    double? Vdot,
    PlanPreviewTrainingMaxes TrainingMaxesKg,
    int ProteinGramsPerDay,
    PlanPreviewPaces? Paces,
    PlanPreviewWeek[] Weeks,
    PlanPreviewWarning[] Warnings,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] PlanPreviewRaceResult? Race = null);

public sealed record PlanPreviewTrainingMaxes(decimal Squat, decimal BenchPress, decimal Deadlift, decimal OverheadPress);

public sealed record PlanPreviewPaces(PlanPreviewPaceRange Recovery, PlanPreviewPaceRange Steady, int RepetitionSecondsPerKm);

public sealed record PlanPreviewPaceRange(int FastSecondsPerKm, int SlowSecondsPerKm);

public sealed record PlanPreviewWeek(
    int ProgramWeek,
    int WaveWeek,
    DateOnly StartDate,
    int PlannedLoadAu,
    int PlannedRunMinutes,
    PlanPreviewSession[] Sessions,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] TrainingPhase? Phase = null);

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
    PlanPreviewExercise[] Exercises,
    string[] Why);

public sealed record PlanPreviewRun(
    int WarmUpMinutes,
    int CoolDownMinutes,
    int? Repetitions,
    int? RepetitionDistanceMeters,
    int? RepetitionSeconds,
    int? RestSeconds,
    double? DistanceKm,
    PlanPreviewPaceRange? Pace,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? RacePaceMinutes = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] PlanPreviewPaceRange? RacePace = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? FuellingNote = null);

public sealed record PlanPreviewExercise(string Name, MainLift? MainLift, ExerciseRole Role, PlanPreviewSet[] Sets);

public sealed record PlanPreviewSet(int Reps, decimal? WeightKg, int? PercentOfTrainingMax, bool Amrap);

public sealed record PlanPreviewWarning(string Rule, string Message);
