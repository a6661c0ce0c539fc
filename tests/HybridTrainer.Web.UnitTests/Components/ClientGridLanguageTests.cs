using Bunit;
using HybridTrainer.Tests.Support;
using HybridTrainer.Web.Features.Coach;
using HybridTrainer.Web.Infrastructure.Localization;

namespace HybridTrainer.Web.UnitTests.Components;

/// <summary>The coach's table for a coach who reads Spanish: counts, flags, load and legend in Spanish.</summary>
public class ClientGridLanguageTests : MudTestContext
{
    [Fact]
    public void ClientGrid_InSpanish_WordsTheCountFlagsAndLoadWithADecimalComma()
    {
        ClientRow[] rows = [Row("Aaron"), Row("Mia", acwr: 1.6), Row("Zed", readiness: "You slept 5 h, under 6 h.", warnings: ["R5: two hard days"])];
        using (Languages.Use(Languages.Spanish))
        {
            var grid = Render<ClientGrid>(ps => ps.Add(g => g.Rows, rows));

            grid.Find("h2").TextContent.ShouldBe("2 de 3 necesitan atención");
            var flags = grid.FindAll("[data-testid=client-flags]").Select(f => f.TextContent).ToList();
            flags[0].ShouldContain("Preparación");
            flags[2].ShouldContain("Al día");
            grid.Find(".ht-out-of-band").TextContent.ShouldBe("1,60 alto");
            grid.Find("p.mud-typography-caption").TextContent.ShouldContain("buena entre 0,8 y 1,3 (R17)");
        }
    }

    [Fact]
    public void ClientGrid_SearchInSpanish_FindsClientsByTheSpanishFlagWord()
    {
        ClientRow[] rows = [Row("Aaron"), Row("Zed", readiness: "You slept 5 h, under 6 h.")];
        using (Languages.Use(Languages.Spanish))
        {
            var grid = Render<ClientGrid>(ps => ps.Add(g => g.Rows, rows));

            grid.Find("input[aria-label='Buscar clientes']").Input("prepara");

            grid.WaitForAssertion(() => grid.FindAll("[data-testid=client-name]").Select(n => n.TextContent).ShouldBe(["Zed"]));
        }
    }

    private static ClientRow Row(string name, double? acwr = null, string? readiness = null, string[]? warnings = null) =>
        new(Guid.NewGuid(), name, HasLogin: true, ProfileComplete: true, DoneThisWeek: 2, PlannedThisWeek: 6, MissedThisWeek: 0,
            LastCheckIn: null, readiness, acwr, warnings ?? [], [], []);
}
