using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using HybridTrainer.Web.Common.Why;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Data.Planning;
using HybridTrainer.Domain.Training;
using HybridTrainer.Web.Features.Sheets;
using HybridTrainer.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Components;

namespace HybridTrainer.Web.UnitTests.Features.Sheets;

/// <summary>A sheet is worded in its athlete's language whoever prints it; the document around it in the reader's.</summary>
public class SheetLanguageTests
{
    private static readonly DateOnly Monday = new(2026, 11, 23);

    [Fact]
    public void Sheet_SpanishAthlete_IsWrittenInSpanishWithDecimalCommas()
    {
        var lift = new SheetSession(
            Guid.NewGuid(), "Lower body", "60 min · RPE 8", "5 min easy cardio", null,
            [new SheetExercise("Back squat", [new SheetSet(5, false, 82.5m)]), new SheetExercise("Push-up", [new SheetSet(8, false, null)])],
            "Lower-body day.");

        var view = Render(Sheet(new SheetDay(Monday, [lift])) with { Language = Languages.Spanish });

        view.QuerySelector("section")!.GetAttribute("lang").ShouldBe("es");
        view.QuerySelector("section")!.GetAttribute("aria-label").ShouldBe("Hoja semanal de Robin");
        view.QuerySelector(".sh-sheet-head p")!.TextContent.ShouldContain("Semana del lunes 23 de noviembre de 2026");
        view.QuerySelector(".sh-sheet-head p")!.TextContent.ShouldContain("cargas en kg, redondeadas a saltos de 1,25 kg");
        view.QuerySelectorAll(".sh-sets td")[0].TextContent.ShouldContain("5 × 82,5");
        view.QuerySelectorAll(".sh-sets tr")[1].TextContent.ShouldContain("8 × PC");
        view.QuerySelector(".sh-warmup")!.TextContent.ShouldBe("Calentamiento: 5 min easy cardio");
        view.QuerySelector(".sh-why")!.TextContent.ShouldBe("Por qué: Lower-body day.");
        view.QuerySelector(".sh-restday")!.TextContent.ShouldBe("Día de descanso: sin entrenamiento. Duerme, camina, come tu proteína.");
        view.QuerySelector(".sh-protein")!.TextContent.ShouldStartWith("Proteína ");
    }

    [Fact]
    public void Sheet_EnglishAthletePrintedBySpanishReader_StaysEnglish()
    {
        IDocument view;
        using (Languages.Use(Languages.Spanish))
        {
            view = Render(Sheet(new SheetDay(Monday, [])));
        }

        view.QuerySelector("section")!.GetAttribute("lang").ShouldBe("en");
        view.QuerySelector(".sh-sheet-head p")!.TextContent.ShouldContain("Week of Monday 23 November 2026");
        view.QuerySelector(".sh-sheet-head p")!.TextContent.ShouldContain("rounded to 1.25 kg steps");
    }

    [Fact]
    public void Sheet_WrittenInSpanish_LeavesTheCallersLanguageAsItWas()
    {
        var before = CultureInfo.CurrentUICulture;

        Render(Sheet(new SheetDay(Monday, [])) with { Language = Languages.Spanish });

        CultureInfo.CurrentUICulture.ShouldBe(before);
    }

    [Fact]
    public void Document_ReaderInSpanish_WordsTheToolbarAndTitleInSpanish()
    {
        using var html = new StringWriter();
        using (Languages.Use(Languages.Spanish))
        {
            SheetHtml.WriteStart(html, Monday, 200, StaticLocalizers.For<SheetText>(), ResourceAssetCollection.Empty);
        }

        var document = new HtmlParser().ParseDocument(html.ToString());

        document.DocumentElement.GetAttribute("lang").ShouldBe("es");
        document.Title.ShouldBe("Hojas semanales · HybridTrainer");
        document.QuerySelector("[data-testid=sheet-count]")!.TextContent.ShouldBe("200 hojas, una página A4 cada una");
        document.QuerySelector("nav a")!.TextContent.ShouldBe("Volver a la selección");
    }

    [Fact]
    public void Build_InSpanish_WordsTheWarmUpRampWithDecimalCommas()
    {
        var blockId = Guid.NewGuid();
        var squat = new SessionPrescription
        {
            Exercises =
            [
                new ExercisePrescription
                {
                    Name = "Back squat", MainLift = nameof(MainLift.Squat), Role = nameof(ExerciseRole.Main),
                    Sets = [new SetPrescription { Reps = 5, WeightKg = 95m, PercentOfTrainingMax = 80 }],
                },
            ],
        };
        var row = new SheetSessionRow(Guid.NewGuid(), Guid.NewGuid(), blockId, Monday, SessionKind.Lift, null, LiftFocus.Lower, false, 60, 7, false, squat);

        AthleteSheet sheet;
        using (Languages.Use(Languages.Spanish))
        {
            sheet = SheetBuilder.Build(
                new SheetAthleteRow(row.AthleteId, "Robin", UnitSystem.Metric, 82m, null, 2.5m, Languages.Spanish), Monday, [row],
                new Dictionary<Guid, SheetBlockMaxes> { [blockId] = new(blockId, 120m, 90m, 160m, 50m) }, SheetWords.For(StaticLocalizers.For<SheetText>()));
        }

        // Training max 120 kg: 40/50/60 % are 48, 60 and 72 kg, on 2.5 kg steps 47.5, 60 and 72.5.
        sheet.Days[0].Sessions[0].WarmUp.ShouldBe("5 min de cardio suave, después Back squat 5 × 47,5, 5 × 60, 3 × 72,5");
        sheet.Days[0].Sessions[0].Summary.ShouldBe("60 min · RPE 7");
        sheet.Language.ShouldBe(Languages.Spanish);
    }

    private static IDocument Render(AthleteSheet sheet)
    {
        using var html = new StringWriter();
        using var codes = new SheetQrCodes();
        SheetHtml.WriteSheet(html, sheet, "https://gym.example/", codes, StaticLocalizers.For<SheetText>(), StaticLocalizers.For<WhyText>());
        return new HtmlParser().ParseDocument(html.ToString());
    }

    private static AthleteSheet Sheet(SheetDay first) => new(
        Guid.NewGuid(), "Robin", null, Monday, UnitSystem.Metric, 1.25m, HybridTrainer.Domain.Rules.R25Protein.For(82m),
        [first, .. Enumerable.Range(1, 6).Select(i => new SheetDay(Monday.AddDays(i), []))]);
}
