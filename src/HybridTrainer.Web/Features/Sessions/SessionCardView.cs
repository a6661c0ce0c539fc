using HybridTrainer.Web.Infrastructure.Localization;
using HybridTrainer.Data.Athletes;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.Sessions;

/// <summary>
/// What a session card shows, as text ready to print: a live circuit holds one of these per card for as long as
/// the tab is open, so it keeps the lines the card prints instead of the session and its whole prescription.
/// </summary>
public sealed record SessionCardView(
    Guid Id,
    DateOnly Date,
    string Title,
    string CssClass,
    bool Logged,
    string Figures,
    bool HardOnLegs,
    string? RunLine,
    bool IsRace,
    string? Fuelling,
    IReadOnlyList<MainLiftLine> MainLifts,
    IReadOnlyList<string> Why)
{
    private static readonly StringLocalizer<SessionsText> Text = StaticLocalizers.For<SessionsText>();

    /// <summary>The card of a session in the athlete's units, worded in the current language.</summary>
    public static SessionCardView For(SessionView session, UnitSystem units, bool logged = false)
    {
        var run = session.Prescription.Run;
        var race = run is null ? null : RaceDayPlan.For(session.RunType, run, units, session.RaceFinish);
        return new(
            session.Id,
            session.Date,
            session.Title,
            $"ht-session ht-session-{SessionText.CssKind(session.Kind, session.RunType, session.LiftFocus)} mb-2",
            logged,
            Text["CardFigures", session.DurationMinutes, session.PlannedRpe, session.LoadAu],
            session.HardOnLegs,
            race is not null ? Text["CardRaceLine", race.Name, race.PredictedClock, race.Pace]
                : run is null ? null : SessionText.RunSummary(run, units, session.RunType),
            race is not null,
            run?.FuellingNote,
            [.. session.Prescription.Exercises.Where(e => e.Role == "Main").Select(e => new MainLiftLine(e.Name, SessionText.SetsSummary(e, units)))],
            [.. session.Prescription.Why]);
    }
}

/// <summary>A main lift on a card: its name and its sets in the athlete's units.</summary>
public sealed record MainLiftLine(string Name, string Sets);
