using HybridTrainer.Data.Athletes;
using HybridTrainer.Data.Planning;
using HybridTrainer.Domain.Athletes;
using HybridTrainer.Web.Features.Athletes;
using HybridTrainer.Web.Features.Journal;
using HybridTrainer.Web.Features.Sessions;

namespace HybridTrainer.Web.Features.Exports;

/// <summary>Everything an athlete owns, in one JSON document.</summary>
public sealed record AthleteExport(
    DateTimeOffset ExportedAt,
    ExportedProfile Profile,
    IReadOnlyList<LiftMaxDto> LiftMaxes,
    IReadOnlyList<ShoeDto> Shoes,
    IReadOnlyList<ExportedBlock> Blocks,
    IReadOnlyList<SessionDto> Sessions,
    IReadOnlyList<ExportedLog> SessionLogs,
    IReadOnlyList<RecoveryEntryDto> Recovery);

public sealed record ExportedProfile(
    Guid Id,
    string DisplayName,
    Guid? GymId,
    UnitSystem Units,
    string TimeZone,
    Goal Goal,
    IReadOnlyList<DayOfWeek> AvailableDays,
    decimal? BodyWeightKg,
    int? BirthYear,
    int? RestingHeartRate,
    int? RunningBaseWeeks,
    string? FiveKmTime,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

public sealed record ExportedBlock(Guid Id, DateOnly StartDate, int Weeks, DateTimeOffset CreatedAt, BlockSnapshot Snapshot);

public sealed record ExportedLog(Guid SessionId, SessionLogDto Log);
