using System.Text;
using HybridTrainer.Data.Planning;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using IcalCalendar = Ical.Net.Calendar;
using HybridTrainer.Web.Common;
using HybridTrainer.Web.Features.Sessions;
using HybridTrainer.Web.Common.Why;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.Calendar;

/// <summary>
/// Sessions as an iCalendar subscription that Google Calendar, Apple Calendar and Outlook accept: PRODID, VERSION 2.0,
/// METHOD:PUBLISH, a calendar name, and one all-day event per session with a UID that stays the same when the session
/// moves (so calendars update it instead of duplicating it). Only the plan goes in: no coach note, no check-in data,
/// since a feed link passes through the calendar provider's servers. Worded in the current culture: the caller sets the
/// feed owner's language around it.
/// </summary>
internal static class TrainingCalendar
{
    public const string ProductId = "-//HybridTrainer//Training plan//EN";

    /// <summary>The feed's text; <paramref name="finishes"/> (from <see cref="RaceFinish.ForRacesAsync"/>) gives race days their predicted finish.</summary>
    public static string Serialize(
        string athleteName, IEnumerable<PlannedSession> sessions, IStringLocalizer<CalendarText> text, IStringLocalizer<WhyText> why,
        IReadOnlyDictionary<Guid, RaceFinish>? finishes = null)
    {
        var calendar = new IcalCalendar { ProductId = ProductId, Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", $"HybridTrainer · {athleteName}");
        calendar.AddProperty("X-WR-CALDESC", text["CalendarDescription", CalendarFeedService.Weeks].Value);
        // Calendar apps poll a subscription; hourly is plenty for a plan that changes a few times a week.
        calendar.AddProperty("X-PUBLISHED-TTL", "PT1H");
        foreach (var session in sessions)
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"{session.Id:D}@hybridtrainer.app",
                DtStamp = new CalDateTime(session.UpdatedAt.UtcDateTime, CalDateTime.UtcTzId, true),
                DtStart = new CalDateTime(session.Date),
                DtEnd = new CalDateTime(session.Date.AddDays(1)),
                Summary = text["EventSummary", SessionText.Title(session.Kind, session.RunType, session.LiftFocus, session.IsDeload), session.DurationMinutes],
                Description = Describe(session, finishes is null ? null : RaceFinish.For(finishes, session.BlockId), text, why),
                Transparency = "TRANSPARENT",
            });
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static string Describe(PlannedSession session, RaceFinish? finish, IStringLocalizer<CalendarText> text, IStringLocalizer<WhyText> why)
    {
        var lines = new StringBuilder();
        lines.AppendLine(text["DurationAndRpe", session.DurationMinutes, session.PlannedRpe]);
        var prescription = session.Prescription;
        if (RaceDayPlan.For(session.RunType, prescription.Run, Data.Athletes.UnitSystem.Metric, finish) is { } race)
        {
            lines.AppendLine(text["RacePrediction", race.Name, race.PredictedClock, race.Pace]);
            lines.AppendLine(text["Splits", string.Join(", ", race.Splits.Select(s => $"{s.Label} {s.Clock}"))]);
            lines.AppendLine(text["Fuel", race.Fuelling]);
        }
        else if (prescription.Run is { } run)
        {
            if (run.WarmUpMinutes > 0)
            {
                lines.AppendLine(text["WarmUp", run.WarmUpMinutes]);
            }

            lines.AppendLine(SessionText.RunSummary(run, runType: session.RunType));
            if (run.CoolDownMinutes > 0)
            {
                lines.AppendLine(text["CoolDown", run.CoolDownMinutes]);
            }

            if (run.FuellingNote is { } fuelling)
            {
                lines.AppendLine(text["Fuel", fuelling]);
            }
        }

        foreach (var exercise in prescription.Exercises)
        {
            lines.Append(exercise.Name).Append(": ").AppendLine(SessionText.SetsSummary(exercise));
        }

        if (prescription.FoamRolling is { } foamRolling)
        {
            lines.AppendLine(why.Word(foamRolling));
        }

        foreach (var line in prescription.Why)
        {
            lines.AppendLine(text["Why", why.Word(line)]);
        }

        return lines.ToString().TrimEnd();
    }
}
