using System.Globalization;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Data.Journal;
using HybridTrainer.Data.Planning;
using HybridTrainer.Domain.Athletes;
using HybridTrainer.Domain.Training;
using LoggedSet = HybridTrainer.Data.Journal.LoggedSet;
using PlannedSession = HybridTrainer.Data.Planning.PlannedSession;
using Shoe = HybridTrainer.Data.Athletes.Shoe;
using TrainingBlock = HybridTrainer.Data.Planning.TrainingBlock;
using HybridTrainer.Web.Features.Athletes;
using HybridTrainer.Web.Features.Sessions;

namespace HybridTrainer.Web.Features.Api;

/// <summary>One athlete. <see cref="Health"/> (body weight, birth year, resting heart rate) is null for gym staff.</summary>
public sealed record AthleteDetail(
    Guid Id,
    string DisplayName,
    Guid? GymId,
    bool HasLogin,
    AthleteRelation Relation,
    UnitSystem Units,
    Goal Goal,
    IReadOnlyList<DayOfWeek> AvailableDays,
    int? RunningBaseWeeks,
    string? FiveKmTime,
    IReadOnlyList<LiftMaxDto> LiftMaxes,
    IReadOnlyList<ShoeDto> Shoes,
    AthleteHealth? Health,
    uint Version);

public sealed record AthleteHealth(decimal? BodyWeightKg, int? BirthYear, int? RestingHeartRate);

public sealed record LiftMaxDto(MainLift Lift, decimal? OneRepMaxKg, decimal? TestWeightKg, int? TestReps, DateOnly MeasuredOn)
{
    public static LiftMaxDto From(LiftMaxEntry entry) => new(entry.Lift, entry.OneRepMaxKg, entry.TestWeightKg, entry.TestReps, entry.MeasuredOn);
}

public sealed record ShoeDto(Guid Id, string Name, ShoeKind Kind, decimal Kilometres, DateOnly? RetiredOn)
{
    public static ShoeDto From(Shoe shoe) => new(shoe.Id, shoe.Name, shoe.Kind, shoe.Kilometres, shoe.RetiredOn);
}

/// <summary>
/// A planned session as stored now. <see cref="CoachNote"/> is null for gym staff, <see cref="DowngradeReason"/> (it
/// comes from the check-in) for anyone who may not see health data. Send <see cref="Version"/> back to change it.
/// </summary>
public sealed record SessionDto(
    Guid Id,
    Guid? BlockId,
    DateOnly Date,
    int ProgramWeek,
    string Title,
    SessionKind Kind,
    RunType? RunType,
    LiftFocus? LiftFocus,
    bool HardOnLegs,
    bool IsDeload,
    int DurationMinutes,
    int PlannedRpe,
    int LoadAu,
    string? Adjustment,
    SessionPrescription Prescription,
    string? CoachNote,
    string? DowngradeReason,
    bool Logged,
    uint Version)
{
    public static SessionDto From(PlannedSession s, bool logged, AthleteAccess access) => new(
        s.Id, s.BlockId, s.Date, s.ProgramWeek, SessionText.Title(s.Kind, s.RunType, s.LiftFocus, s.IsDeload), s.Kind, s.RunType, s.LiftFocus,
        s.HardOnLegs, s.IsDeload, s.DurationMinutes, s.PlannedRpe, s.LoadAu, s.Adjustment, s.Prescription,
        access.Can(AthleteOperation.ViewCoachNotes) ? s.CoachNote : null,
        access.Can(AthleteOperation.ViewRecovery) ? s.DowngradeReason : null,
        logged, s.Version);
}

public sealed record SessionDetailDto(SessionDto Session, SessionLogDto? Log, bool CanLog);

/// <summary>What was done. Send <see cref="Version"/> back to correct it.</summary>
public sealed record SessionLogDto(
    bool Completed, int? ActualDurationMinutes, decimal? DistanceKm, int? Rpe, string? Notes, IReadOnlyList<LoggedSet> Sets, DateTimeOffset LoggedAt, uint Version)
{
    public static SessionLogDto From(SessionLog log) =>
        new(log.Completed, log.ActualDurationMinutes, log.DistanceKm, log.Rpe, log.Notes, log.Sets, log.LoggedAt, log.Version);
}

public sealed record WeekDto(DateOnly Monday, bool CanEdit, IReadOnlyList<SessionDto> Sessions);

public sealed record BlockSummaryDto(Guid Id, DateOnly StartDate, int Weeks, DateTimeOffset CreatedAt)
{
    public static BlockSummaryDto From(TrainingBlock block) => new(block.Id, block.StartDate, block.Weeks, block.CreatedAt);
}

/// <summary>A saved block: the engine's figures at generation time and its sessions as they stand now.</summary>
public sealed record BlockDto(Guid Id, DateOnly StartDate, int Weeks, DateTimeOffset CreatedAt, BlockSnapshot Snapshot, IReadOnlyList<SessionDto> Sessions);

/// <summary>A daily check-in. Send <see cref="Version"/> back to correct today's.</summary>
public sealed record RecoveryEntryDto(
    DateOnly Date,
    decimal SleepHours,
    int SorenessLegs,
    int SorenessUpper,
    int Fatigue,
    int SleepQuality,
    int MuscleSoreness,
    int Stress,
    int Mood,
    int? RestingHeartRate,
    double? HrvLnRmssd,
    bool FoamRolled,
    uint Version)
{
    public static RecoveryEntryDto From(RecoveryLog r) => new(
        r.Date, r.SleepHours, r.SorenessLegs, r.SorenessUpper, r.Fatigue, r.SleepQuality, r.MuscleSoreness, r.Stress, r.Mood,
        r.RestingHeartRate, r.HrvLnRmssd, r.FoamRolled, r.Version);
}

internal static class ApiFormat
{
    public static string? Clock(TimeSpan? time) =>
        time is { } t ? string.Create(CultureInfo.InvariantCulture, $"{(int)t.TotalMinutes}:{t.Seconds:00}") : null;
}
