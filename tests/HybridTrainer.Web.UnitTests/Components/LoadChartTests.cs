using Bunit;
using HybridTrainer.Web.Features.Dashboard;
using HybridTrainer.Tests.Support;

namespace HybridTrainer.Web.UnitTests.Components;

public class LoadChartTests : MudTestContext
{
    [Fact]
    public void LoadChart_Weeks_DrawsTwoBarsAWeekAndATableWithTheSameNumbers()
    {
        WeeklyLoad[] loads =
        [
            new(new DateOnly(2026, 11, 2), 300, 900, null),
            new(new DateOnly(2026, 11, 9), 360, 840, null),
            new(new DateOnly(2026, 11, 16), 400, 1000, null),
            new(new DateOnly(2026, 11, 23), 500, 1100, 1.21),
        ];

        var chart = Render<LoadChart>(ps => ps.Add(c => c.Loads, loads));

        chart.FindAll("rect.ht-chart-run").Count.ShouldBe(4);
        chart.FindAll("rect.ht-chart-lift").Count.ShouldBe(4);
        chart.FindAll(".ht-chart-table tbody tr").Select(r => r.TextContent).Last().ShouldContain("1.21");
        chart.Find("svg").GetAttribute("aria-label").ShouldBe("Weekly training load over 4 weeks; this week 1600 AU, ACWR 1.21.");
    }

    [Fact]
    public void LoadChart_NothingLogged_SaysSoInsteadOfDrawingEmptyBars()
    {
        var chart = Render<LoadChart>(ps => ps.Add(c => c.Loads, [new WeeklyLoad(new DateOnly(2026, 11, 23), 0, 0, null)]));

        chart.Find("svg").GetAttribute("aria-label").ShouldBe("No logged training in the last weeks yet.");
    }
}
