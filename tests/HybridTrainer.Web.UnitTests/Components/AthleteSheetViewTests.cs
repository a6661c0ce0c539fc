using Bunit;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Web.Features.Sheets;
using HybridTrainer.Tests.Support;

namespace HybridTrainer.Web.UnitTests.Components;

public class AthleteSheetViewTests : MudTestContext
{
    private static readonly DateOnly Monday = new(2026, 11, 23);

    [Fact]
    public void Sheet_LiftAndRestDays_ShowsBoxesPerSetQrCodeShortCodeWhyAndProteinEveryDay()
    {
        var lift = new SheetSession(
            Guid.Parse("0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"), "Lower body", "60 min · RPE 8", "5 min easy cardio",
            null, [new SheetExercise("Back squat", [new SheetSet(5, false, 100m), new SheetSet(3, false, 110m), new SheetSet(1, true, 120m)])],
            "Lower-body day: squat with lighter volume.");
        var sheet = Sheet(UnitSystem.Metric, new SheetDay(Monday, [lift]));

        var view = Render<AthleteSheetView>(p => p.Add(v => v.Sheet, sheet).Add(v => v.BaseUri, "https://gym.example/"));

        view.FindAll(".sh-sets td .sh-box").Count.ShouldBe(6);
        view.Find(".sh-sets td").TextContent.ShouldContain("5 × 100");
        view.FindAll(".sh-sets td")[2].TextContent.ShouldContain("1+ × 120");
        view.Find(".sh-qr svg").GetAttribute("aria-label")!.ShouldContain("Lower body");
        view.Find(".sh-code").TextContent.ShouldBe("gym.example/s/2e3f4a5b");
        view.Find(".sh-why").TextContent.ShouldBe("Why: Lower-body day: squat with lighter volume.");
        view.FindAll(".sh-protein").Count.ShouldBe(7);
        view.FindAll(".sh-restday").Count.ShouldBe(6);
    }

    [Fact]
    public void Sheet_ImperialRun_LabelsBoxesInMilesAndPoundsAndTicksEachRep()
    {
        var run = new SheetSession(Guid.NewGuid(), "Sprint series", "45 min · RPE 8", "15 min easy running", new SheetRun("6 × 200 m · rest 2:00", 6, "10 min easy"), [], "Why not.");

        var view = Render<AthleteSheetView>(p => p.Add(v => v.Sheet, Sheet(UnitSystem.Imperial, new SheetDay(Monday, [run]))).Add(v => v.BaseUri, "https://gym.example/"));

        view.FindAll(".sh-done .sh-tick").Count.ShouldBe(6);
        view.Find(".sh-done").TextContent.ShouldContain("mi");
        view.Find(".sh-sheet-head").TextContent.ShouldContain("loads in lb");
    }

    private static AthleteSheet Sheet(UnitSystem units, SheetDay first) => new(
        Guid.NewGuid(), "Robin", "Riverside", Monday, units, units == UnitSystem.Imperial ? 5m : 2.5m,
        HybridTrainer.Domain.Rules.R25Protein.For(82m),
        [first, .. Enumerable.Range(1, 6).Select(i => new SheetDay(Monday.AddDays(i), []))]);
}
