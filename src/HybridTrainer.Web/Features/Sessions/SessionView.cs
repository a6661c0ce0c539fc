using HybridTrainer.Data.Planning;
using HybridTrainer.Domain.Training;
using HybridTrainer.Web.Features.Athletes;
using PlannedSession = HybridTrainer.Data.Planning.PlannedSession;

namespace HybridTrainer.Web.Features.Sessions;

/// <summary>
/// A planned session as pages, the API and persisted prerender state see it: a record, never the EF entity. It is
/// only made through <see cref="For"/>, which leaves out what the viewer may not read, so hiding a coach's note or a
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

    public static SessionView For(PlannedSession s, AthleteAccess access) => new(
        s.Id, s.BlockId, s.Date, s.ProgramWeek, s.Kind, s.RunType, s.LiftFocus, s.HardOnLegs, s.IsDeload, s.DurationMinutes, s.PlannedRpe,
        s.LoadAu, s.Adjustment, s.Prescription,
        access.Can(AthleteOperation.ViewCoachNotes) ? s.CoachNote : null,
        access.Can(AthleteOperation.ViewRecovery) ? s.DowngradeReason : null,
        s.UpdatedAt, s.Version);
}
