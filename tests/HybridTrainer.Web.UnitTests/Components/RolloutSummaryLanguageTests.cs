using Bunit;
using HybridTrainer.Tests.Support;
using HybridTrainer.Web.Features.Coach;
using HybridTrainer.Web.Infrastructure.Localization;

namespace HybridTrainer.Web.UnitTests.Components;

public class RolloutSummaryLanguageTests : MudTestContext
{
    [Fact]
    public void RolloutSummary_InSpanish_WordsTheHeadingsAndEachResult()
    {
        var saved = Guid.NewGuid();
        var failed = Guid.NewGuid();
        using (Languages.Use(Languages.Spanish))
        {
            var table = Render<RolloutSummary>(ps => ps
                .Add(s => s.Outcomes, [new RolloutOutcome(saved, true, 12, [], null), RolloutOutcome.Failed(failed, "No se pudo.")])
                .Add(s => s.Names, new Dictionary<Guid, string> { [saved] = "Ana" }));

            table.FindAll("th").Select(h => h.TextContent).ShouldBe(["Cliente", "Resultado", "Sesiones", "Avisos"]);
            var rows = table.FindAll("tbody tr");
            rows[0].TextContent.ShouldContain("Guardado");
            rows[0].TextContent.ShouldContain("ninguno");
            rows[1].TextContent.ShouldContain("Cliente desconocido");
            rows[1].TextContent.ShouldContain("Error: No se pudo.");
        }
    }
}
