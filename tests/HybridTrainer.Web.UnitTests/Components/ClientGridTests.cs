using Bunit;
using HybridTrainer.Web.Features.Coach;
using HybridTrainer.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace HybridTrainer.Web.UnitTests.Components;

public class ClientGridTests : MudTestContext
{
    [Fact]
    public void ClientGrid_RowsInNameOrder_ShowsThoseNeedingAttentionFirstWithTheirFlags()
    {
        ClientRow[] rows = [Row("Aaron"), Row("Mia", acwr: 1.6), Row("Zed", readiness: "You slept 5 h, under 6 h.", warnings: ["R5: two hard days"])];

        var grid = Render<ClientGrid>(ps => ps.Add(g => g.Rows, rows));

        grid.FindAll("[data-testid=client-name]").Select(n => n.TextContent).ShouldBe(["Zed", "Mia", "Aaron"]);
        var flags = grid.FindAll("[data-testid=client-flags]").Select(f => f.TextContent).ToList();
        flags[0].ShouldContain("Readiness");
        flags[0].ShouldContain("Plan");
        flags[1].ShouldContain("ACWR");
        flags[2].ShouldContain("On track");
        grid.Markup.ShouldContain("1.60 high");
        grid.Markup.ShouldContain("2 of 3 need attention");
    }

    [Fact]
    public void ClientGrid_ShoesAndSearch_FlagsRetirementAndFiltersByName()
    {
        ClientRow[] rows = [Row("Alex", retire: ["Racers (820 km)"]), Row("Priya")];

        var grid = Render<ClientGrid>(ps => ps.Add(g => g.Rows, rows));
        grid.Markup.ShouldContain("retire Racers (820 km)");
        grid.Find("input[aria-label='Search clients']").Input("pri");

        grid.WaitForAssertion(() => grid.FindAll("[data-testid=client-name]").Select(n => n.TextContent).ShouldBe(["Priya"]));
    }

    [Fact]
    public void ClientGrid_RowClick_OpensTheClient()
    {
        var row = Row("Alex");
        var grid = Render<ClientGrid>(ps => ps.Add(g => g.Rows, [row]));

        grid.Find("tbody tr").Click();

        Services.GetRequiredService<NavigationManager>().Uri.ShouldEndWith($"athletes/{row.AthleteId}");
    }

    private static ClientRow Row(string name, double? acwr = null, string? readiness = null, string[]? warnings = null, string[]? retire = null) =>
        new(Guid.NewGuid(), name, HasLogin: true, ProfileComplete: true, DoneThisWeek: 2, PlannedThisWeek: 6, MissedThisWeek: 0,
            LastCheckIn: null, readiness, acwr, warnings ?? [], retire ?? [], []);
}
