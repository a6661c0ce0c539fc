using Bunit;
using HybridTrainer.Tests.Support;
using HybridTrainer.Web.Features.Coach;
using HybridTrainer.Web.Infrastructure.Localization;

namespace HybridTrainer.Web.UnitTests.Components;

/// <summary>The plan checker's findings on the coach's table: worded in the reader's language, old English verdicts as kept.</summary>
public class ClientGridFindingsTests : MudTestContext
{
    private const string KeptFinding = "R11: FindingSprintRestShort|2026-12-07|60|20";

    [Fact]
    public void ClientGrid_InSpanish_WordsTheKeptFindingsInThePlanCell()
    {
        using (Languages.Use(Languages.Spanish))
        {
            var grid = Render<ClientGrid>(ps => ps.Add(g => g.Rows, [Row("Zed", KeptFinding)]));

            var cell = grid.Find("[data-testid=plan-cell]");
            cell.TextContent.ShouldBe("R11");
            cell.GetAttribute("title").ShouldStartWith("R11: Series de velocidad del lun 7 dic: 60 s de descanso es poco");
        }
    }

    [Fact]
    public void ClientGrid_AVerdictKeptBeforeKeys_ShowsAsWritten()
    {
        const string Old = "R5: Two hard-on-legs sessions on Mon 7 Dec and Tue 8 Dec leave no easy day between them; move one so a rest or easy day separates them.";
        using (Languages.Use(Languages.Spanish))
        {
            var grid = Render<ClientGrid>(ps => ps.Add(g => g.Rows, [Row("Zed", Old)]));

            grid.Find("[data-testid=plan-cell]").GetAttribute("title").ShouldBe(Old);
        }
    }

    [Fact]
    public void ClientGrid_SearchInSpanish_FindsClientsByAWordOfTheirFindings()
    {
        ClientRow[] rows = [Row("Aaron"), Row("Zed", KeptFinding)];
        using (Languages.Use(Languages.Spanish))
        {
            var grid = Render<ClientGrid>(ps => ps.Add(g => g.Rows, rows));

            grid.Find("input[aria-label='Buscar clientes']").Input("descanso");

            grid.WaitForAssertion(() => grid.FindAll("[data-testid=client-name]").Select(n => n.TextContent).ShouldBe(["Zed"]));
        }
    }

    private static ClientRow Row(string name, params string[] warnings) =>
        new(Guid.NewGuid(), name, HasLogin: true, ProfileComplete: true, DoneThisWeek: 2, PlannedThisWeek: 6, MissedThisWeek: 0,
            LastCheckIn: null, null, null, warnings, [], []);
}
