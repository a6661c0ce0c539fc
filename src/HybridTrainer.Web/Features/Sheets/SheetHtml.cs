using System.Globalization;
using System.Text.Encodings.Web;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Web.Common;
using HybridTrainer.Web.Common.Why;
using HybridTrainer.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.Sheets;

/// <summary>
/// Writes printed sheets as plain HTML: the markup and classes of <c>sheets.css</c>, with none of the component
/// machinery a page needs (a 200-sheet print is 4 MB of static markup that never becomes interactive). Text and
/// attribute values are encoded as the Razor renderer encodes them. The line breaks stand where the markup had white
/// space between elements: between inline boxes it is a visible gap on paper. The document around the sheets is in the
/// reader's language; each sheet is in its athlete's (a gym prints Spanish and English sheets in one go).
/// </summary>
internal static class SheetHtml
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;

    /// <summary>
    /// The document up to the first sheet: head, the print toolbar and the page heading, in the current culture. The
    /// stylesheet's address comes from <paramref name="assets"/> (<see cref="SheetAssets"/>), fingerprinted like the pages'.
    /// </summary>
    public static void WriteStart(TextWriter html, DateOnly monday, int sheetCount, IStringLocalizer<SheetText> text, ResourceAssetCollection assets)
    {
        html.Write("<!DOCTYPE html>\n<html lang=\"");
        html.Write(CurrentLanguage());
        html.Write("""
            ">
            <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1.0" />
            <base href="/" />
            <title>
            """);
        Encoder.Encode(html, text["WeeklySheetsTitle"]);
        html.Write("""
            </title>
            <link rel="stylesheet" href="
            """);
        Encoder.Encode(html, assets["sheets.css"]);
        html.Write("""
            " />
            <link rel="icon" type="image/png" href="favicon.png" />
            </head>
            <body>
            <div class="sh-sheets"><nav class="sh-sheet-toolbar" aria-label="
            """);
        Encoder.Encode(html, text["SheetActions"]);
        html.Write("\"><a href=\"sheets?week=");
        html.Write(IsoDate.Of(monday));
        html.Write("\">");
        Encoder.Encode(html, text["BackToChooser"]);
        html.Write("</a>");
        if (sheetCount > 0)
        {
            html.Write("<button type=\"button\" data-print>");
            Encoder.Encode(html, text["Print"]);
            html.Write("</button><span data-testid=\"sheet-count\">");
            Encoder.Encode(html, sheetCount == 1 ? text["OneSheet", sheetCount] : text["ManySheets", sheetCount]);
            html.Write("</span></nav><h1 class=\"sh-visually-hidden\">");
            Encoder.Encode(html, text["WeeklySheets"]);
            html.Write("</h1>");
        }
        else
        {
            html.Write("</nav><h1 class=\"sh-sheet-empty\">");
            Encoder.Encode(html, text["NothingToPrint"]);
            html.Write("</h1><p class=\"sh-sheet-empty\">");
            Encoder.Encode(html, text["ChooseSomeone"]);
            html.Write("</p>");
        }
    }

    // The lang attribute names a language the app speaks, English outside any request (the invariant culture).
    private static string CurrentLanguage() =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName is var code && Languages.IsSupported(code) ? code : Languages.English;

    /// <summary>The end of the document; the script is the print button's listener (no inline handlers under the CSP).</summary>
    public static void WriteEnd(TextWriter html, ResourceAssetCollection assets)
    {
        html.Write("</div>\n<script src=\"");
        Encoder.Encode(html, assets["js/theme.js"]);
        html.Write("\"></script>\n</body>\n</html>\n");
    }

    /// <summary>One athlete's week: one A4 page, worded in the athlete's language whoever prints it.</summary>
    public static void WriteSheet(TextWriter html, AthleteSheet sheet, string baseUri, SheetQrCodes qrCodes, IStringLocalizer<SheetText> text, IStringLocalizer<WhyText> why)
    {
        using (Languages.Use(sheet.Language))
        {
            WriteSheet(html, sheet, baseUri, qrCodes, SheetWords.For(text), why);
        }
    }

    private static void WriteSheet(TextWriter html, AthleteSheet sheet, string baseUri, SheetQrCodes qrCodes, SheetWords words, IStringLocalizer<WhyText> why)
    {
        html.Write("<section class=\"sh-sheet\" data-athlete=\"");
        html.Write(sheet.AthleteId.ToString());
        html.Write("\" lang=\"");
        html.Write(CurrentLanguage());
        html.Write("\" aria-label=\"");
        Encoder.Encode(html, SheetWords.Format(words.WeekSheetFor, sheet.Name));
        html.Write("\"><header class=\"sh-sheet-head\"><h2>");
        Encoder.Encode(html, sheet.Name);
        html.Write("</h2>\n<p>\n");
        Encoder.Encode(html, SheetWords.Format(words.WeekOf, sheet.Monday.ToDateTime(TimeOnly.MinValue)));
        if (sheet.GymName is { } gym)
        {
            html.Write(" · ");
            Encoder.Encode(html, gym);
        }

        html.Write('\n');
        Encoder.Encode(html, SheetWords.Format(words.LoadsIn, sheet.WeightUnit, sheet.PlateStep.ToString("0.##", CultureInfo.CurrentCulture)));
        html.Write("\n</p>\n<p class=\"sh-legend\">");
        Encoder.Encode(html, words.Legend);
        html.Write("</p></header>");
        var host = new Uri(baseUri).Authority;
        // The same for all seven days: worded once.
        var proteinLine = sheet.Protein is { } protein ? SheetWords.Format(words.Protein, protein.DailyGrams, protein.Meals, protein.PerMealGrams) : null;
        foreach (var day in sheet.Days)
        {
            html.Write(day.Sessions.Count == 0 ? "<article class=\"sh-day sh-rest\"><h3><span>" : "<article class=\"sh-day\"><h3><span>");
            Encoder.Encode(html, SheetWords.Format(words.DayHeading, day.Date.ToDateTime(TimeOnly.MinValue)));
            html.Write("</span>");
            if (proteinLine is not null)
            {
                html.Write("<span class=\"sh-protein\">");
                Encoder.Encode(html, proteinLine);
                html.Write(" <span class=\"sh-box sh-tick\" aria-hidden=\"true\"></span></span>");
            }

            html.Write("</h3>");
            if (day.Sessions.Count == 0)
            {
                html.Write("<p class=\"sh-restday\">");
                Encoder.Encode(html, words.RestDay);
                html.Write("</p>");
            }

            foreach (var session in day.Sessions)
            {
                WriteSession(html, session, sheet.Units, baseUri, host, qrCodes, words, why);
            }

            html.Write("</article>");
        }

        html.Write("</section>");
    }

    private static void WriteSession(TextWriter html, SheetSession session, UnitSystem units, string baseUri, string host, SheetQrCodes qrCodes, SheetWords words, IStringLocalizer<WhyText> why)
    {
        html.Write("<div class=\"sh-session\" data-session=\"");
        html.Write(session.Id.ToString());
        html.Write("\"><div class=\"sh-qr\">");
        // The short address, upper-cased so the QR code uses its compact alphanumeric mode: a version 2 code that is
        // ten times faster to make than one holding the full /session/{id} address (scheme, host and route ignore case).
        html.Write(qrCodes.For($"{baseUri}s/{session.ShortCode}".ToUpperInvariant(), SheetWords.Format(words.QrLabel, session.Title)));
        html.Write("\n<span class=\"sh-code\">");
        // Typed by hand: no scheme, the host and the short code.
        Encoder.Encode(html, $"{host}/s/{session.ShortCode}");
        html.Write("</span></div>\n<div class=\"sh-body\"><p class=\"sh-title\"><strong>");
        Encoder.Encode(html, session.Title);
        html.Write("</strong> · ");
        Encoder.Encode(html, session.Summary);
        html.Write("</p>\n<p class=\"sh-warmup\">");
        Encoder.Encode(html, SheetWords.Format(words.WarmUpLine, session.WarmUp));
        html.Write("</p>");
        if (session.Run is { } run)
        {
            WriteRun(html, run, units, words);
        }

        if (session.Exercises.Count > 0)
        {
            WriteSets(html, session.Exercises, UnitConversion.WeightUnit(units), words);
        }

        html.Write("<p class=\"sh-why\">");
        Encoder.Encode(html, SheetWords.Format(words.WhyLine, why.Word(session.Why)));
        html.Write("</p></div></div>");
    }

    private static void WriteRun(TextWriter html, SheetRun run, UnitSystem units, SheetWords words)
    {
        html.Write("<p class=\"sh-run\"><strong>");
        Encoder.Encode(html, run.MainSet);
        html.Write("</strong>");
        if (run.CoolDown is { } coolDown)
        {
            html.Write(' ');
            Encoder.Encode(html, SheetWords.Format(words.CoolDownAfter, coolDown));
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
            html.Write("<span>");
            Encoder.Encode(html, words.RepsDone);
            html.Write("</span>");
            for (var i = 0; i < run.TickBoxes; i++)
            {
                html.Write("<span class=\"sh-box sh-tick\" aria-hidden=\"true\"></span>");
            }
        }

        html.Write("<span>");
        Encoder.Encode(html, words.Time);
        html.Write("</span><span class=\"sh-box\" aria-hidden=\"true\"><small>min</small></span>\n<span>");
        Encoder.Encode(html, words.Distance);
        html.Write("</span><span class=\"sh-box\" aria-hidden=\"true\"><small>");
        html.Write(UnitConversion.DistanceUnit(units));
        html.Write("</small></span>\n<span>RPE</span><span class=\"sh-box sh-narrow\" aria-hidden=\"true\"></span></p>");
    }

    private static void WriteSets(TextWriter html, IReadOnlyList<SheetExercise> exercises, string weightUnit, SheetWords words)
    {
        var reps = Encoder.Encode(words.Reps);
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
                Encoder.Encode(html, set.TargetIn(words.BodyWeight));
                html.Write("</span><span class=\"sh-box\" aria-hidden=\"true\"><small>");
                html.Write(reps);
                html.Write("</small></span><span class=\"sh-box\" aria-hidden=\"true\"><small>");
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
