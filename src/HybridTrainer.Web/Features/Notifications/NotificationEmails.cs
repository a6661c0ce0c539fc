using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using HybridTrainer.Web.Infrastructure.Email;

namespace HybridTrainer.Web.Features.Notifications;

/// <summary>Where a notification's links point: the app's root, the page it is about, and its one-click unsubscribe.</summary>
public sealed record NotificationLinksFor(string Root, string Unsubscribe)
{
    public string Settings => $"{Root}/account/notifications";
}

/// <summary>
/// The words of the notification e-mails: short plain text and simple HTML, each with an unsubscribe link and the
/// List-Unsubscribe headers mail programs show as their own "unsubscribe" button (RFC 2369, one click per RFC 8058).
/// </summary>
internal static class NotificationEmails
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Default;

    public static EmailMessage Digest(string to, string name, DateOnly day, IReadOnlyList<DigestClient> clients, NotificationLinksFor links)
    {
        var coachTable = $"{links.Root}/coach";
        var text = new StringBuilder();
        var html = new StringBuilder();
        text.AppendLine(CultureInfo.CurrentCulture, $"Good morning {name},").AppendLine()
            .AppendLine(clients.Count == 1 ? "1 client needs a look today:" : $"{clients.Count} clients need a look today:").AppendLine();
        html.Append(CultureInfo.CurrentCulture, $"<p>Good morning {Html.Encode(name)},</p><p>{(clients.Count == 1 ? "1 client needs" : $"{clients.Count} clients need")} a look today:</p><ul>");
        foreach (var client in clients)
        {
            var lines = Lines(client);
            text.AppendLine(CultureInfo.CurrentCulture, $"* {client.Name}");
            lines.ForEach(l => text.AppendLine(CultureInfo.CurrentCulture, $"  - {l}"));
            html.Append(CultureInfo.CurrentCulture, $"<li><strong>{Html.Encode(client.Name)}</strong><ul>")
                .Append(string.Concat(lines.Select(l => $"<li>{Html.Encode(l)}</li>")))
                .Append("</ul></li>");
        }

        text.AppendLine().AppendLine(CultureInfo.CurrentCulture, $"Your clients: {coachTable}");
        html.Append(CultureInfo.CurrentCulture, $"</ul><p><a href=\"{Html.Encode(coachTable)}\">Open your clients</a></p>");
        var subject = $"HybridTrainer: {(clients.Count == 1 ? "1 client needs" : $"{clients.Count} clients need")} a look ({day.ToString("ddd d MMM", CultureInfo.InvariantCulture)})";
        return Build(to, name, subject, text, html, "the daily digest of your clients", links);
    }

    public static EmailMessage Tomorrow(string to, string name, DateOnly day, IReadOnlyList<TomorrowSession> sessions, NotificationLinksFor links)
    {
        var week = $"{links.Root}/week";
        var text = new StringBuilder();
        var html = new StringBuilder();
        var date = day.ToString("dddd d MMMM", CultureInfo.InvariantCulture);
        text.AppendLine(CultureInfo.CurrentCulture, $"Hello {name},").AppendLine().AppendLine(CultureInfo.CurrentCulture, $"Tomorrow, {date}:").AppendLine();
        html.Append(CultureInfo.CurrentCulture, $"<p>Hello {Html.Encode(name)},</p><p>Tomorrow, {Html.Encode(date)}:</p>");
        foreach (var session in sessions)
        {
            var link = $"{links.Root}/session/{session.Id}";
            text.AppendLine(CultureInfo.CurrentCulture, $"{session.Title} ({session.Summary})");
            session.Details.ToList().ForEach(d => text.AppendLine(CultureInfo.CurrentCulture, $"  {d}"));
            session.Why.ToList().ForEach(w => text.AppendLine(CultureInfo.CurrentCulture, $"  Why: {w}"));
            if (session.CoachNote is { } note)
            {
                text.AppendLine(CultureInfo.CurrentCulture, $"  Coach's note: {note}");
            }

            text.AppendLine(CultureInfo.CurrentCulture, $"  {link}").AppendLine();
            html.Append(CultureInfo.CurrentCulture, $"<h3 style=\"margin-bottom: 0.2em\"><a href=\"{Html.Encode(link)}\">{Html.Encode(session.Title)}</a> ({Html.Encode(session.Summary)})</h3><ul>")
                .Append(string.Concat(session.Details.Select(d => $"<li>{Html.Encode(d)}</li>")))
                .Append(string.Concat(session.Why.Select(w => $"<li><em>Why:</em> {Html.Encode(w)}</li>")))
                .Append(session.CoachNote is { } coachNote ? $"<li><em>Coach's note:</em> {Html.Encode(coachNote)}</li>" : "")
                .Append("</ul>");
        }

        text.AppendLine(CultureInfo.CurrentCulture, $"Your week: {week}");
        html.Append(CultureInfo.CurrentCulture, $"<p><a href=\"{Html.Encode(week)}\">Open your week</a></p>");
        var first = sessions[0].Title;
        var subject = sessions.Count == 1 ? $"Tomorrow: {first}" : $"Tomorrow: {first} and {sessions.Count - 1} more";
        return Build(to, name, subject, text, html, "the evening e-mail with tomorrow's session", links);
    }

    private static List<string> Lines(DigestClient client)
    {
        var lines = new List<string>();
        if (client.Readiness is { } readiness)
        {
            lines.Add($"Readiness: {readiness}");
        }

        if (client.MissedYesterday > 0)
        {
            lines.Add(client.MissedYesterday == 1 ? "Missed yesterday's session" : $"Missed {client.MissedYesterday} sessions yesterday");
        }

        lines.AddRange(client.RuleWarnings.Select(w => $"Plan: {w}"));
        lines.AddRange(client.ShoesToRetire.Select(s => $"Shoes to retire: {s}"));
        return lines;
    }

    private static EmailMessage Build(string to, string name, string subject, StringBuilder text, StringBuilder html, string what, NotificationLinksFor links)
    {
        text.AppendLine()
            .AppendLine("--")
            .AppendLine(CultureInfo.CurrentCulture, $"You get {what} because you switched it on in HybridTrainer.")
            .AppendLine(CultureInfo.CurrentCulture, $"Unsubscribe with one click: {links.Unsubscribe}")
            .AppendLine(CultureInfo.CurrentCulture, $"Change the hour or your e-mails: {links.Settings}");
        var body = $"""
            <!DOCTYPE html>
            <html lang="en"><body style="font-family: sans-serif; line-height: 1.5">
            {html}
            <hr><p style="color: #555; font-size: 0.9em">You get {Html.Encode(what)} because you switched it on in HybridTrainer.
            <a href="{Html.Encode(links.Unsubscribe)}">Unsubscribe</a> ·
            <a href="{Html.Encode(links.Settings)}">Change the hour or your e-mails</a></p>
            </body></html>
            """;
        return new EmailMessage(to, name, subject, text.ToString(), body)
        {
            Headers = new Dictionary<string, string>
            {
                ["List-Unsubscribe"] = $"<{links.Unsubscribe}>",
                ["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click",
            },
        };
    }
}
