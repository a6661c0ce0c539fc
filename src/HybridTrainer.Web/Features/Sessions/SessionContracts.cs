using HybridTrainer.Data.Journal;
using HybridTrainer.Data.Planning;
using HybridTrainer.Domain.Training;
using HybridTrainer.Web.Features.Athletes;
using LoggedSet = HybridTrainer.Data.Journal.LoggedSet;

namespace HybridTrainer.Web.Features.Sessions;

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
    /// <summary>From the viewer's <see cref="SessionView"/>, which already left out what they may not read.</summary>
    public static SessionDto From(SessionView s, bool logged) => new(
        s.Id, s.BlockId, s.Date, s.ProgramWeek, s.Title, s.Kind, s.RunType, s.LiftFocus, s.HardOnLegs, s.IsDeload, s.DurationMinutes,
        s.PlannedRpe, s.LoadAu, s.Adjustment, s.Prescription, s.CoachNote, s.DowngradeReason, logged, s.Version);
}

public sealed record SessionDetailDto(SessionDto Session, SessionLogDto? Log, bool CanLog)
{
    public static SessionDetailDto From(SessionDetail detail) =>
        new(SessionDto.From(detail.Session, detail.Log is not null), detail.Log, detail.CanLog);
}

/// <summary>What was done. Send <see cref="Version"/> back to correct it.</summary>
public sealed record SessionLogDto(
    bool Completed, int? ActualDurationMinutes, decimal? DistanceKm, int? Rpe, string? Notes, IReadOnlyList<LoggedSet> Sets, DateTimeOffset LoggedAt, uint Version)
{
    public static SessionLogDto From(SessionLog log) =>
        new(log.Completed, log.ActualDurationMinutes, log.DistanceKm, log.Rpe, log.Notes, log.Sets, log.LoggedAt, log.Version);

    /// <summary>
    /// The log as the viewer may read it: minutes, distance, effort, sets and notes say how the body coped (health
    /// data), so whoever may not log the athlete's training (gym staff) learns only whether it was done.
    /// </summary>
    public static SessionLogDto For(SessionLog log, AthleteAccess access) =>
        access.Can(AthleteOperation.LogTraining) ? From(log) : new(log.Completed, null, null, null, null, [], log.LoggedAt, log.Version);
}

/// <summary>
/// Moves a session. <see cref="Version"/> is the session's version from a read (or send it as If-Match); when the move
/// breaks a training rule the plan did not already break, it is saved only with <see cref="Confirm"/> true.
/// </summary>
public sealed record MoveSessionRequest(DateOnly? Date, bool Confirm, uint? Version);

/// <summary>
/// Logs a session or corrects its log. <see cref="Version"/> is the log's version when correcting one (or If-Match);
/// leave it out for the first log.
/// </summary>
public sealed record LogSessionRequest(
    bool? Completed, int? ActualDurationMinutes, decimal? DistanceKm, int? Rpe, string? Notes, IReadOnlyList<LoggedSetRequest>? Sets, uint? Version)
{
    /// <summary>At most this many <see cref="Sets"/> (a field error on "sets" past it); the body limit stops a far larger list unread.</summary>
    public const int MaximumSets = LogSessionInput.MaximumSets;

    public LogSessionInput ToInput() => new()
    {
        Completed = Completed ?? true,
        ActualDurationMinutes = ActualDurationMinutes,
        DistanceKm = DistanceKm,
        Rpe = Rpe,
        Notes = Notes,
        Sets = [.. (Sets ?? []).Select((s, i) => new LogSetInput
        {
            Exercise = s.Exercise ?? "", MainLift = s.MainLift, SetNumber = s.SetNumber ?? i + 1, Reps = s.Reps, WeightKg = s.WeightKg, Amrap = s.Amrap,
        })],
    };
}

public sealed record LoggedSetRequest(string? Exercise, string? MainLift, int? SetNumber, int Reps, decimal? WeightKg, bool Amrap);
