using HybridTrainer.Data.Athletes;
using HybridTrainer.Data.Planning;
using HybridTrainer.Domain.Training;
using HybridTrainer.Web.Common;
using HybridTrainer.Web.Infrastructure.Localization;
using RunType = HybridTrainer.Domain.Training.RunType;

namespace HybridTrainer.Web.Features.Sheets;

/// <summary>
/// What the sheet query reads of an athlete: nothing about recovery, readiness or coaching. <see cref="Language"/> is
/// the athlete's own (their account's choice, else their browser's), English for a profile without an account.
/// </summary>
internal sealed record SheetAthleteRow(
    Guid Id, string DisplayName, UnitSystem Units, decimal? BodyWeightKg, string? GymName, decimal? PlatePairKg, string Language = Languages.English);

/// <summary>
/// What the sheet query reads of a session; the coach note and the downgrade reason are never selected, only whether
/// the readiness check-in (R27) replaced it.
/// </summary>
internal sealed record SheetSessionRow(
    Guid Id,
    Guid AthleteId,
    Guid? BlockId,
    DateOnly Date,
    SessionKind Kind,
    RunType? RunType,
    LiftFocus? LiftFocus,
    bool IsDeload,
    int DurationMinutes,
    int PlannedRpe,
    bool Downgraded,
    SessionPrescription Prescription);

/// <summary>The training maxes of a block, for the warm-up sets, and its predicted race finish for race day (R39).</summary>
internal sealed record SheetBlockMaxes(
    Guid Id, decimal Squat, decimal BenchPress, decimal Deadlift, decimal OverheadPress,
    double? PredictedRaceSeconds = null, bool RaceUsesGoalPace = false, TimeSpan? RaceGoalTime = null)
{
    public RaceFinish? Race => RaceFinish.Of(PredictedRaceSeconds, RaceUsesGoalPace, RaceGoalTime);

    public decimal? For(MainLift lift) => lift switch
    {
        MainLift.Squat => Squat,
        MainLift.BenchPress => BenchPress,
        MainLift.Deadlift => Deadlift,
        MainLift.OverheadPress => OverheadPress,
        _ => null,
    };
}
