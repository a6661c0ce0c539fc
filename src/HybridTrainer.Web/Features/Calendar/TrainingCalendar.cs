using System.Globalization;
using System.Text;
using HybridTrainer.Data.Planning;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using IcalCalendar = Ical.Net.Calendar;
using HybridTrainer.Web.Features.Sessions;
using HybridTrainer.Web.Common.Why;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.Calendar;

/// <summary>
/// Sessions as an iCalendar subscription that Google Calendar, Apple Calendar and Outlook accept: PRODID, VERSION 2.0,
/// METHOD:PUBLISH, a calendar name, and one all-day event per session with a UID that stays the same when the session
/// moves (so calendars update it instead of duplicating it). Only the plan goes in: no coach note, no check-in data,
/// since a feed link passes through the calendar provider's servers.
/// </summary>
internal static class TrainingCalendar
{
    public const string ProductId = "-//HybridTrainer//Training plan//EN";

    public static string Serialize(string athleteName, IEnumerable<PlannedSession> sessions, IStringLocalizer<WhyText> why)
    {
        var calendar = new IcalCalendar { ProductId = ProductId, Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", $"HybridTrainer · {athleteName}");
        calendar.AddProperty("X-WR-CALDESC", "Training sessions planned in HybridTrainer, the next 8 weeks.");
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
                Summary = $"{SessionText.Title(session.Kind, session.RunType, session.LiftFocus, session.IsDeload)} ({session.DurationMinutes} min)",
                Description = Describe(session, why),
                Transparency = "TRANSPARENT",
            });
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static string Describe(PlannedSession session, IStringLocalizer<WhyText> why)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{session.DurationMinutes} min, RPE {session.PlannedRpe}").AppendLine();
        var prescription = session.Prescription;
        if (RaceDayPlan.For(session.RunType, prescription.Run, Data.Athletes.UnitSystem.Metric) is { } race)
        {
            text.Append(CultureInfo.InvariantCulture, $"{race.Name}: predicted {race.PredictedClock}, even {race.Pace}").AppendLine();
            text.Append("Splits: ").AppendLine(string.Join(", ", race.Splits.Select(s => $"{s.Label} {s.Clock}")));
            text.Append("Fuel: ").AppendLine(race.Fuelling);
        }
        else if (prescription.Run is { } run)
        {
            if (run.WarmUpMinutes > 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"Warm up {run.WarmUpMinutes} min").AppendLine();
            }

            text.AppendLine(SessionText.RunSummary(run, runType: session.RunType));
            if (run.CoolDownMinutes > 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"Cool down {run.CoolDownMinutes} min").AppendLine();
            }

            if (run.FuellingNote is { } fuelling)
            {
                text.Append("Fuel: ").AppendLine(fuelling);
            }
        }

        foreach (var exercise in prescription.Exercises)
        {
            text.Append(CultureInfo.InvariantCulture, $"{exercise.Name}: {SessionText.SetsSummary(exercise)}").AppendLine();
        }

        if (prescription.FoamRolling is { } foamRolling)
        {
            text.AppendLine(why.Word(foamRolling));
        }

        foreach (var line in prescription.Why)
        {
            text.Append("Why: ").AppendLine(why.Word(line));
        }

        return text.ToString().TrimEnd();
    }
}
