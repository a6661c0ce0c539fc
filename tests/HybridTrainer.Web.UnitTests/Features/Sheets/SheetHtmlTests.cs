using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using HybridTrainer.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Components;
using HybridTrainer.Web.Common.Why;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Web.Features.Sheets;

namespace HybridTrainer.Web.UnitTests.Features.Sheets;

public class SheetHtmlTests
{
    private static readonly DateOnly Monday = new(2026, 11, 23);

    [Fact]
    public void Sheet_LiftAndRestDays_ShowsBoxesPerSetQrCodeShortCodeWhyAndProteinEveryDay()
    {
        var lift = new SheetSession(
            Guid.Parse("0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"), "Lower body", "60 min · RPE 8", "5 min easy cardio",
            null, [new SheetExercise("Back squat", [new SheetSet(5, false, 100m), new SheetSet(3, false, 110m), new SheetSet(1, true, 120m)])],
            "Lower-body day: squat with lighter volume.");

        var view = Render(Sheet(UnitSystem.Metric, new SheetDay(Monday, [lift])));

        view.QuerySelectorAll(".sh-sets td .sh-box").Length.ShouldBe(6);
        view.QuerySelector(".sh-sets td")!.TextContent.ShouldContain("5 × 100");
        view.QuerySelectorAll(".sh-sets td")[2].TextContent.ShouldContain("1+ × 120");
        view.QuerySelector(".sh-qr svg")!.GetAttribute("aria-label")!.ShouldContain("Lower body");
        view.QuerySelector(".sh-code")!.TextContent.ShouldBe("gym.example/s/2e3f4a5b");
        view.QuerySelector(".sh-why")!.TextContent.ShouldBe("Why: Lower-body day: squat with lighter volume.");
        view.QuerySelectorAll(".sh-protein").Length.ShouldBe(7);
        view.QuerySelectorAll(".sh-restday").Length.ShouldBe(6);
    }

    [Fact]
    public void Sheet_ImperialRun_LabelsBoxesInMilesAndPoundsAndTicksEachRep()
    {
        var run = new SheetSession(Guid.NewGuid(), "Sprint series", "45 min · RPE 8", "15 min easy running", new SheetRun("6 × 200 m · rest 2:00", 6, "10 min easy"), [], "Why not.");

        var view = Render(Sheet(UnitSystem.Imperial, new SheetDay(Monday, [run])));

        view.QuerySelectorAll(".sh-done .sh-tick").Length.ShouldBe(6);
        view.QuerySelector(".sh-done")!.TextContent.ShouldContain("mi");
        view.QuerySelector(".sh-sheet-head")!.TextContent.ShouldContain("loads in lb");
    }

    [Fact]
    public void Sheet_NamesAndTextsWithMarkup_AreWrittenAsTextNeverAsElements()
    {
        var session = new SheetSession(Guid.NewGuid(), "<b>Lift</b>", "60 min · RPE 8", "<script>x</script>", null,
            [new SheetExercise("Squat \"deep\" & <slow>", [new SheetSet(5, false, 100m)])], "<img src=x onerror=alert(1)>");
        var sheet = Sheet(UnitSystem.Metric, new SheetDay(Monday, [session])) with { Name = "Robin <i>\"O'Neil\"</i>", GymName = "A & B" };

        var view = Render(sheet);

        view.QuerySelectorAll("script, img, i, b").Length.ShouldBe(0);
        view.QuerySelector("h2")!.TextContent.ShouldBe("Robin <i>\"O'Neil\"</i>");
        view.QuerySelector("section")!.GetAttribute("aria-label").ShouldBe("Week sheet for Robin <i>\"O'Neil\"</i>");
        view.QuerySelector(".sh-sets th")!.TextContent.ShouldBe("Squat \"deep\" & <slow>");
        view.QuerySelector(".sh-why")!.TextContent.ShouldBe("Why: <img src=x onerror=alert(1)>");
        view.QuerySelector(".sh-sheet-head p")!.TextContent.ShouldContain("A & B");
    }

    [Theory]
    [InlineData(0, "Nothing to print")]
    [InlineData(1, "1 sheet, one A4 page each")]
    [InlineData(200, "200 sheets, one A4 page each")]
    public void Document_StartAndEnd_CountTheSheetsAndLinkBackToTheChoosersWeek(int sheets, string says)
    {
        using var html = new StringWriter();
        SheetHtml.WriteStart(html, Monday, sheets, StaticLocalizers.For<SheetText>(), ResourceAssetCollection.Empty);
        SheetHtml.WriteEnd(html, ResourceAssetCollection.Empty);

        var document = new HtmlParser().ParseDocument(html.ToString());

        document.Title.ShouldBe("Weekly sheets · HybridTrainer");
        document.Body!.TextContent.ShouldContain(says);
        document.QuerySelector("nav a")!.GetAttribute("href").ShouldBe("sheets?week=2026-11-23");
        document.QuerySelectorAll("[data-print]").Length.ShouldBe(sheets == 0 ? 0 : 1);
        document.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")).ShouldBe(["sheets.css"]);
    }

    private static IDocument Render(AthleteSheet sheet)
    {
        using var html = new StringWriter();
        using var codes = new SheetQrCodes();
        SheetHtml.WriteSheet(html, sheet, "https://gym.example/", codes, StaticLocalizers.For<SheetText>(), StaticLocalizers.For<WhyText>());
        return new HtmlParser().ParseDocument(html.ToString());
    }

    private static AthleteSheet Sheet(UnitSystem units, SheetDay first) => new(
        Guid.NewGuid(), "Robin", "Riverside", Monday, units, units == UnitSystem.Imperial ? 5m : 2.5m,
        HybridTrainer.Domain.Rules.R25Protein.For(82m),
        [first, .. Enumerable.Range(1, 6).Select(i => new SheetDay(Monday.AddDays(i), []))]);
}
