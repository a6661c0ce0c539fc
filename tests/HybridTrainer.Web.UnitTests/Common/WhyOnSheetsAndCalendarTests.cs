using AngleSharp.Html.Parser;
using HybridTrainer.Web.Common.Why;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Data.Planning;
using HybridTrainer.Domain.Training;
using HybridTrainer.Web.Features.Calendar;
using HybridTrainer.Web.Features.Sheets;
using HybridTrainer.Web.Infrastructure.Localization;
using PlannedSession = HybridTrainer.Data.Planning.PlannedSession;

namespace HybridTrainer.Web.UnitTests.Common;

/// <summary>Printed sheets and calendar feeds word a session's stored reason in the language current while writing.</summary>
public class WhyOnSheetsAndCalendarTests
{
    private static readonly DateOnly Monday = new(2026, 11, 23);

    [Fact]
    public void Sheet_OfASpanishAthlete_PrintsTheReasonInSpanish()
    {
        var text = SheetWhy(ReasonKeys.WhySteady, Languages.Spanish);

        text.ShouldEndWith("Rodaje aeróbico constante para construir tu motor; la mayor parte de tu carrera sigue siendo suave (R8).");
    }

    [Fact]
    public void Sheet_OfAnEnglishAthlete_PrintsTheReasonAsBefore()
    {
        SheetWhy(ReasonKeys.WhySteady, Languages.English).ShouldBe("Why: Steady aerobic run to build your engine; most of your running stays easy (R8).");
    }

    [Fact]
    public void Calendar_InSpanish_DescribesTheReasonInSpanish()
    {
        using (Languages.Use(Languages.Spanish))
        {
            var ics = TrainingCalendar.Serialize("Robin", [Hills()], StaticLocalizers.For<CalendarText>(), StaticLocalizers.For<WhyText>()).Replace("\r\n ", "", StringComparison.Ordinal);

            ics.ShouldContain("Cuestas esta semana en lugar de series de velocidad: la carrera de calidad se alterna cada semana (R3).");
        }
    }

    [Fact]
    public void Calendar_InEnglish_DescribesTheReasonAsBefore()
    {
        using (Languages.Use(Languages.English))
        {
            var ics = TrainingCalendar.Serialize("Robin", [Hills()], StaticLocalizers.For<CalendarText>(), StaticLocalizers.For<WhyText>()).Replace("\r\n ", "", StringComparison.Ordinal);

            ics.ShouldContain("Why: Hill repeats this week instead of sprints: the quality run alternates weekly (R3).");
        }
    }

    private static string SheetWhy(string stored, string language)
    {
        var session = new SheetSession(Guid.NewGuid(), "Steady run", "40 min · RPE 4", "none apart from starting slowly", new SheetRun("8 km", 0, null, null), [], stored);
        var sheet = new AthleteSheet(
            Guid.NewGuid(), "Robin", "Riverside", Monday, UnitSystem.Metric, 2.5m, null,
            [new SheetDay(Monday, [session]), .. Enumerable.Range(1, 6).Select(i => new SheetDay(Monday.AddDays(i), []))])
        {
            Language = language,
        };
        using var html = new StringWriter();
        using var codes = new SheetQrCodes();
        SheetHtml.WriteSheet(html, sheet, "https://gym.example/", codes, StaticLocalizers.For<SheetText>(), StaticLocalizers.For<WhyText>());
        return new HtmlParser().ParseDocument(html.ToString()).QuerySelector(".sh-why")!.TextContent;
    }

    private static PlannedSession Hills() => new()
    {
        Id = Guid.NewGuid(),
        Date = Monday.AddDays(2),
        Kind = SessionKind.Run,
        RunType = RunType.Hill,
        DurationMinutes = 45,
        PlannedRpe = 8,
        LoadAu = 360,
        UpdatedAt = new DateTimeOffset(2026, 11, 20, 8, 0, 0, TimeSpan.Zero),
        Prescription = new SessionPrescription
        {
            Run = new RunDetails { WarmUpMinutes = 15, CoolDownMinutes = 10, Repetitions = 6, RepetitionSeconds = 60, RestSeconds = 90, TargetRpe = 8 },
            Why = [ReasonKeys.WhyHills],
        },
    };
}
