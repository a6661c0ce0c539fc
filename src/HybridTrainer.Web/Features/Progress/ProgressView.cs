using HybridTrainer.Domain.Progress;
using HybridTrainer.Domain.Training;
using HybridTrainer.Web.Features.Athletes;

namespace HybridTrainer.Web.Features.Progress;

/// <summary>Everything the progress page draws, for one athlete over one span, computed from what was logged.</summary>
public sealed record ProgressView(
    AthleteAccess Access,
    DateOnly From,
    DateOnly Today,
    int Weeks,
    IReadOnlyDictionary<MainLift, IReadOnlyList<DatedValue>> OneRepMaxes,
    IReadOnlyList<TrainingMaxCycle> TrainingMaxes,
    IReadOnlyList<AmrapResult> Amraps,
    IReadOnlyList<RepRecord> RepRecords,
    IReadOnlyList<BodyPoint> Body,
    IReadOnlyList<RunningWeek> Running,
    IReadOnlyList<DatedValue> Vdot,
    IReadOnlyList<DatedValue> EasyPace,
    EasyBand? EasyHeartRate,
    IReadOnlyList<VolumeWeek> Volume);

/// <summary>One weigh-in with its 7-day trend and the girths logged that day (cm).</summary>
public sealed record BodyPoint(DateOnly Date, decimal WeightKg, decimal TrendKg, decimal? ChestCm, decimal? UpperArmCm, decimal? WaistCm, decimal? ThighCm);

/// <summary>The heart-rate band easy pace is read at (the athlete's steady zone, C4).</summary>
public sealed record EasyBand(int LowBpm, int HighBpm);

/// <summary>A week's hard sets per muscle: from lifting, and separately the legs' stimulus of sprints and hills.</summary>
public sealed record VolumeWeek(DateOnly Monday, MuscleSets Lifting, MuscleSets Running);
