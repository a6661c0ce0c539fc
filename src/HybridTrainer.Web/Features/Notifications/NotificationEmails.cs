using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using HybridTrainer.Web.Common.Why;
using HybridTrainer.Web.Infrastructure.Email;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.Notifications;

/// <summary>Where a notification's links point: the app's root, the page it is about, and its one-click unsubscribe.</summary>
public sealed record NotificationLinksFor(string Root, string Unsubscribe)
{
    public string Settings => $"{Root}/account/notifications";
}

/// <summary>
/// The words of the notification e-mails: short plain text and simple HTML, each with an unsubscribe link and the
/// List-Unsubscribe headers mail programs show as their own "unsubscribe" button (RFC 2369, one click per RFC 8058).
/// Worded in the current culture: the sender sets the recipient's language around the call.
/// </summary>
internal sealed class NotificationEmails(IStringLocalizer<NotificationText> text, IStringLocalizer<WhyText> why)
{
    // Letters of every language stay readable in the HTML source; markup characters are still encoded.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public EmailMessage Digest(string to, string name, DateOnly day, IReadOnlyList<DigestClient> clients, NotificationLinksFor links)
    {
        var coachTable = $"{links.Root}/coach";
        var plain = new StringBuilder();
        var html = new StringBuilder();
        var greeting = text["DigestGreeting", name].Value;
        var intro = clients.Count == 1 ? text["DigestIntroOne"].Value : text["DigestIntroMany", clients.Count].Value;
        plain.AppendLine(greeting).AppendLine().AppendLine(intro).AppendLine();
        html.Append(CultureInfo.CurrentCulture, $"<p>{Html.Encode(greeting)}</p><p>{Html.Encode(intro)}</p><ul>");
        foreach (var client in clients)
        {
            var lines = Lines(client);
            plain.AppendLine(CultureInfo.CurrentCulture, $"* {client.Name}");
            lines.ForEach(l => plain.AppendLine(CultureInfo.CurrentCulture, $"  - {l}"));
            html.Append(CultureInfo.CurrentCulture, $"<li><strong>{Html.Encode(client.Name)}</strong><ul>")
                .Append(string.Concat(lines.Select(l => $"<li>{Html.Encode(l)}</li>")))
                .Append("</ul></li>");
        }

        plain.AppendLine().AppendLine(text["DigestYourClients", coachTable]);
        html.Append(CultureInfo.CurrentCulture, $"</ul><p><a href=\"{Html.Encode(coachTable)}\">{Html.Encode(text["DigestOpenClients"])}</a></p>");
        var date = day.ToString(text["DigestDateFormat"], CultureInfo.CurrentCulture);
        var subject = clients.Count == 1 ? text["DigestSubjectOne", date].Value : text["DigestSubjectMany", clients.Count, date].Value;
        return Build(to, name, subject, plain, html, text["DigestWhat"], links);
    }

    public EmailMessage Tomorrow(string to, string name, DateOnly day, IReadOnlyList<TomorrowSession> sessions, NotificationLinksFor links)
    {
        var week = $"{links.Root}/week";
        var plain = new StringBuilder();
        var html = new StringBuilder();
        var greeting = text["TomorrowGreeting", name].Value;
        var tomorrow = text["TomorrowDate", day.ToString(text["TomorrowDateFormat"], CultureInfo.CurrentCulture)].Value;
        string why = text["Why"], coachNote = text["CoachNote"];
        plain.AppendLine(greeting).AppendLine().AppendLine(tomorrow).AppendLine();
        html.Append(CultureInfo.CurrentCulture, $"<p>{Html.Encode(greeting)}</p><p>{Html.Encode(tomorrow)}</p>");
        foreach (var session in sessions)
        {
            var link = $"{links.Root}/session/{session.Id}";
            plain.AppendLine(CultureInfo.CurrentCulture, $"{session.Title} ({session.Summary})");
            session.Details.ToList().ForEach(d => plain.AppendLine(CultureInfo.CurrentCulture, $"  {d}"));
            session.Why.ToList().ForEach(w => plain.AppendLine(CultureInfo.CurrentCulture, $"  {why} {w}"));
            if (session.CoachNote is { } note)
            {
                plain.AppendLine(CultureInfo.CurrentCulture, $"  {coachNote} {note}");
            }

            plain.AppendLine(CultureInfo.CurrentCulture, $"  {link}").AppendLine();
            html.Append(CultureInfo.CurrentCulture, $"<h3 style=\"margin-bottom: 0.2em\"><a href=\"{Html.Encode(link)}\">{Html.Encode(session.Title)}</a> ({Html.Encode(session.Summary)})</h3><ul>")
                .Append(string.Concat(session.Details.Select(d => $"<li>{Html.Encode(d)}</li>")))
                .Append(string.Concat(session.Why.Select(w => $"<li><em>{Html.Encode(why)}</em> {Html.Encode(w)}</li>")))
                .Append(session.CoachNote is { } shown ? $"<li><em>{Html.Encode(coachNote)}</em> {Html.Encode(shown)}</li>" : "")
                .Append("</ul>");
        }

        plain.AppendLine(text["YourWeek", week]);
        html.Append(CultureInfo.CurrentCulture, $"<p><a href=\"{Html.Encode(week)}\">{Html.Encode(text["OpenWeek"])}</a></p>");
        var first = sessions[0].Title;
        var subject = sessions.Count == 1 ? text["TomorrowSubjectOne", first].Value : text["TomorrowSubjectMany", first, sessions.Count - 1].Value;
        return Build(to, name, subject, plain, html, text["TomorrowWhat"], links);
    }

    private List<string> Lines(DigestClient client)
    {
        var lines = new List<string>();
        if (client.Readiness is { } readiness)
        {
            lines.Add(text["LineReadiness", readiness]);
        }

        if (client.MissedYesterday > 0)
        {
            lines.Add(client.MissedYesterday == 1 ? text["LineMissedOne"] : text["LineMissedMany", client.MissedYesterday]);
        }

        lines.AddRange(client.RuleWarnings.Select(w => text["LinePlan", why.WordFinding(w)].Value));
        lines.AddRange(client.ShoesToRetire.Select(s => text["LineShoes", s].Value));
        return lines;
    }

    private EmailMessage Build(string to, string name, string subject, StringBuilder plain, StringBuilder html, string what, NotificationLinksFor links)
    {
        var why = text["FooterWhy", what].Value;
        plain.AppendLine()
            .AppendLine("--")
            .AppendLine(why)
            .AppendLine(text["FooterUnsubscribeText", links.Unsubscribe])
            .AppendLine(text["FooterSettingsText", links.Settings]);
        var body = $"""
            <!DOCTYPE html>
            <html lang="{CultureInfo.CurrentUICulture.TwoLetterISOLanguageName}"><body style="font-family: sans-serif; line-height: 1.5">
            {html}
            <hr><p style="color: #555; font-size: 0.9em">{Html.Encode(why)}
            <a href="{Html.Encode(links.Unsubscribe)}">{Html.Encode(text["FooterUnsubscribe"])}</a> ·
            <a href="{Html.Encode(links.Settings)}">{Html.Encode(text["FooterSettings"])}</a></p>
            </body></html>
            """;
        return new EmailMessage(to, name, subject, plain.ToString(), body)
        {
            Headers = new Dictionary<string, string>
            {
                ["List-Unsubscribe"] = $"<{links.Unsubscribe}>",
                ["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click",
            },
        };
    }
}
