using HybridTrainer.Data.Planning;
using HybridTrainer.Domain.Training;
using HybridTrainer.Web.Common;
using HybridTrainer.Web.Common.Why;
using HybridTrainer.Web.Features.Athletes;
using HybridTrainer.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;
using PlannedSession = HybridTrainer.Data.Planning.PlannedSession;

namespace HybridTrainer.Web.Features.Sessions;

/// <summary>
/// A planned session as pages, the API and persisted prerender state see it: a record, never the EF entity. It is
/// only made through the <c>For</c> methods, which leave out what the viewer may not read, so hiding a coach's note or a
/// check-in's reason from gym staff is structural rather than remembered at each read.
/// </summary>
public sealed record SessionView(
    Guid Id,
    Guid? BlockId,
    DateOnly Date,
    int ProgramWeek,
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
    DateTimeOffset UpdatedAt,
    uint Version)
{
    public string Title => SessionText.Title(Kind, RunType, LiftFocus, IsDeload);

    /// <summary>A race session's finish from its block (R39), set by the reads that show race day; null elsewhere.</summary>
    public RaceFinish? RaceFinish { get; init; }

    public static SessionView For(PlannedSession s, AthleteAccess access) => new(
        s.Id, s.BlockId, s.Date, s.ProgramWeek, s.Kind, s.RunType, s.LiftFocus, s.HardOnLegs, s.IsDeload, s.DurationMinutes, s.PlannedRpe,
        s.LoadAu, s.Adjustment, s.Prescription,
        access.Can(AthleteOperation.ViewCoachNotes) ? s.CoachNote : null,
        access.Can(AthleteOperation.ViewRecovery) ? Worded(s.DowngradeReason) : null,
        s.UpdatedAt, s.Version);

    // The check-in's reasons are kept as keys; each viewer reads them in their own language.
    private static readonly StringLocalizer<WhyText> Why = StaticLocalizers.For<WhyText>();

    private static string? Worded(string? stored) => stored is null ? null : Why.WordLines(stored);

    /// <summary>From the columns a read projected (<see cref="StoredSession"/>), masked like the entity.</summary>
    public static SessionView For(StoredSession s, AthleteAccess access) => new(
        s.Id, s.BlockId, s.Date, s.ProgramWeek, s.Kind, s.RunType, s.LiftFocus, s.HardOnLegs, s.IsDeload, s.DurationMinutes, s.PlannedRpe,
        s.LoadAu, s.Adjustment, s.Prescription,
        access.Can(AthleteOperation.ViewCoachNotes) ? s.CoachNote : null,
        access.Can(AthleteOperation.ViewRecovery) ? Worded(s.DowngradeReason) : null,
        s.UpdatedAt, s.Version);
}

/// <summary>
/// The stored columns a <see cref="SessionView"/> is made of, unmasked, as the week and session reads project them
/// instead of loading the entity (no athlete, shoe, wave week or author columns). Only
/// <see cref="SessionView.For(StoredSession, AthleteAccess)"/> turns it into something shown, so the masking stays in one place.
/// </summary>
public sealed record StoredSession(
    Guid Id,
    Guid? BlockId,
    DateOnly Date,
    int ProgramWeek,
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
    DateTimeOffset UpdatedAt,
    uint Version);
