using System.Globalization;
using System.Text.Encodings.Web;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Web.Common;
using HybridTrainer.Web.Common.Why;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.Sheets;

/// <summary>
/// Writes printed sheets as plain HTML: the markup and classes of <c>sheets.css</c>, with none of the component
/// machinery a page needs (a 200-sheet print is 4 MB of static markup that never becomes interactive). Text and
/// attribute values are encoded as the Razor renderer encodes them. The line breaks stand where the markup had white
/// space between elements: between inline boxes it is a visible gap on paper.
/// </summary>
internal static class SheetHtml
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The document up to the first sheet: head, the print toolbar and the page heading.</summary>
    public static void WriteStart(TextWriter html, DateOnly monday, int sheetCount)
    {
        html.Write("""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1.0" />
            <base href="/" />
            <title>Weekly sheets · HybridTrainer</title>
            <link rel="stylesheet" href="sheets.css" />
            <link rel="icon" type="image/png" href="favicon.png" />
            </head>
            <body>
            <div class="sh-sheets"><nav class="sh-sheet-toolbar" aria-label="Sheet actions"><a href="sheets?week=
            """);
        html.Write(IsoDate.Of(monday));
        html.Write("\">Back to the chooser</a>");
        if (sheetCount > 0)
        {
            html.Write("<button type=\"button\" data-print>Print</button><span data-testid=\"sheet-count\">");
            html.Write(sheetCount.ToString(Invariant));
            html.Write(sheetCount == 1 ? " sheet" : " sheets");
            html.Write(", one A4 page each</span></nav>");
            html.Write("<h1 class=\"sh-visually-hidden\">Weekly sheets</h1>");
        }
        else
        {
            html.Write("</nav><h1 class=\"sh-sheet-empty\">Nothing to print</h1>");
            html.Write("<p class=\"sh-sheet-empty\">Choose at least one athlete, or the whole list, then print.</p>");
        }
    }

    /// <summary>The end of the document; the script is the print button's listener (no inline handlers under the CSP).</summary>
    public static void WriteEnd(TextWriter html) =>
        html.Write("</div>\n<script src=\"js/theme.js\"></script>\n</body>\n</html>\n");

    /// <summary>One athlete's week: one A4 page.</summary>
    public static void WriteSheet(TextWriter html, AthleteSheet sheet, string baseUri, SheetQrCodes qrCodes, IStringLocalizer<WhyText> why)
    {
        html.Write("<section class=\"sh-sheet\" data-athlete=\"");
        html.Write(sheet.AthleteId.ToString());
        html.Write("\" aria-label=\"Week sheet for ");
        Encoder.Encode(html, sheet.Name);
        html.Write("\"><header class=\"sh-sheet-head\"><h2>");
        Encoder.Encode(html, sheet.Name);
        html.Write("</h2>\n<p>\nWeek of ");
        html.Write(sheet.Monday.ToString("dddd d MMMM yyyy", Invariant));
        if (sheet.GymName is { } gym)
        {
            html.Write(" · ");
            Encoder.Encode(html, gym);
        }

        html.Write("\n· loads in ");
        html.Write(sheet.WeightUnit);
        html.Write(", rounded to ");
        html.Write(sheet.PlateStep.ToString("0.##", Invariant));
        html.Write(' ');
        html.Write(sheet.WeightUnit);
        html.Write(" steps\n</p>\n<p class=\"sh-legend\">Write what you did in the boxes. Scan a session's code, or type its address, to log it in the app.</p></header>");
        var host = new Uri(baseUri).Authority;
        foreach (var day in sheet.Days)
        {
            html.Write(day.Sessions.Count == 0 ? "<article class=\"sh-day sh-rest\"><h3><span>" : "<article class=\"sh-day\"><h3><span>");
            html.Write(day.Date.ToString("dddd d MMM", Invariant));
            html.Write("</span>");
            if (sheet.Protein is { } protein)
            {
                html.Write("<span class=\"sh-protein\">Protein ");
                html.Write(protein.DailyGrams.ToString(Invariant));
                html.Write(" g (");
                html.Write(protein.Meals.ToString(Invariant));
                html.Write(" meals × ");
                html.Write(protein.PerMealGrams.ToString(Invariant));
                html.Write(" g) <span class=\"sh-box sh-tick\" aria-hidden=\"true\"></span></span>");
            }

            html.Write("</h3>");
            if (day.Sessions.Count == 0)
            {
                html.Write("<p class=\"sh-restday\">Rest day: no training. Sleep, walk, eat your protein.</p>");
            }

            foreach (var session in day.Sessions)
            {
                WriteSession(html, session, sheet.Units, baseUri, host, qrCodes, why);
            }

            html.Write("</article>");
        }

        html.Write("</section>");
    }

    private static void WriteSession(TextWriter html, SheetSession session, UnitSystem units, string baseUri, string host, SheetQrCodes qrCodes, IStringLocalizer<WhyText> why)
    {
        html.Write("<div class=\"sh-session\" data-session=\"");
        html.Write(session.Id.ToString());
        html.Write("\"><div class=\"sh-qr\">");
        // The short address, upper-cased so the QR code uses its compact alphanumeric mode: a version 2 code that is
        // ten times faster to make than one holding the full /session/{id} address (scheme, host and route ignore case).
        html.Write(qrCodes.For($"{baseUri}s/{session.ShortCode}".ToUpperInvariant(), $"QR code: open {session.Title} to log it"));
        html.Write("\n<span class=\"sh-code\">");
        // Typed by hand: no scheme, the host and the short code.
        Encoder.Encode(html, $"{host}/s/{session.ShortCode}");
        html.Write("</span></div>\n<div class=\"sh-body\"><p class=\"sh-title\"><strong>");
        Encoder.Encode(html, session.Title);
        html.Write("</strong> · ");
        Encoder.Encode(html, session.Summary);
        html.Write("</p>\n<p class=\"sh-warmup\">Warm-up: ");
        Encoder.Encode(html, session.WarmUp);
        html.Write("</p>");
        if (session.Run is { } run)
        {
            WriteRun(html, run, units);
        }

        if (session.Exercises.Count > 0)
        {
            WriteSets(html, session.Exercises, UnitConversion.WeightUnit(units));
        }

        html.Write("<p class=\"sh-why\">Why: ");
        Encoder.Encode(html, why.Word(session.Why));
        html.Write("</p></div></div>");
    }

    private static void WriteRun(TextWriter html, SheetRun run, UnitSystem units)
    {
        html.Write("<p class=\"sh-run\"><strong>");
        Encoder.Encode(html, run.MainSet);
        html.Write("</strong>");
        if (run.CoolDown is { } coolDown)
        {
            html.Write(" · cool down ");
            Encoder.Encode(html, coolDown);
        }

        html.Write("</p>");
        if (run.Note is { } note)
        {
            html.Write("<p class=\"sh-note\">");
            Encoder.Encode(html, note);
            html.Write("</p>");
        }

        html.Write("<p class=\"sh-done\">");
        if (run.TickBoxes > 0)
        {
            html.Write("<span>Reps done</span>");
            for (var i = 0; i < run.TickBoxes; i++)
            {
                html.Write("<span class=\"sh-box sh-tick\" aria-hidden=\"true\"></span>");
            }
        }

        html.Write("<span>Time</span><span class=\"sh-box\" aria-hidden=\"true\"><small>min</small></span>\n<span>Distance</span><span class=\"sh-box\" aria-hidden=\"true\"><small>");
        html.Write(UnitConversion.DistanceUnit(units));
        html.Write("</small></span>\n<span>RPE</span><span class=\"sh-box sh-narrow\" aria-hidden=\"true\"></span></p>");
    }

    private static void WriteSets(TextWriter html, IReadOnlyList<SheetExercise> exercises, string weightUnit)
    {
        // At least five columns, so the boxes of every exercise line up down the page.
        var columns = Math.Max(5, exercises.Max(e => e.Sets.Count));
        html.Write("<table class=\"sh-sets\">");
        foreach (var exercise in exercises)
        {
            html.Write("<tr><th scope=\"row\">");
            Encoder.Encode(html, exercise.Name);
            html.Write("</th>");
            foreach (var set in exercise.Sets)
            {
                html.Write("<td><span class=\"sh-target\">");
                Encoder.Encode(html, set.Target);
                html.Write("</span><span class=\"sh-box\" aria-hidden=\"true\"><small>reps</small></span><span class=\"sh-box\" aria-hidden=\"true\"><small>");
                html.Write(weightUnit);
                html.Write("</small></span></td>");
            }

            for (var i = exercise.Sets.Count; i < columns; i++)
            {
                html.Write("<td></td>");
            }

            html.Write("</tr>");
        }

        html.Write("</table>");
    }
}
