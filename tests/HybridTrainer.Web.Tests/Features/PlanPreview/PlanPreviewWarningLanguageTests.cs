using System.Text.Json;
using HybridTrainer.Web.Tests.Infrastructure;

namespace HybridTrainer.Web.Tests.Features.PlanPreview;

/// <summary>The preview's warnings come in the language the API client asks for, their numbers written its way.</summary>
public class PlanPreviewWarningLanguageTests(HostFixture host) : HostTest(host)
{
    [Fact]
    public async Task Preview_AcceptLanguageSpanish_WordsTheWarningsInSpanish()
    {
        using var client = CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es-ES");

        var warnings = Warnings(await PlanPreviewApi.ReadJsonAsync(await PlanPreviewApi.PostAsync(client, PlanPreviewApi.ExampleRequest())));

        warnings.ShouldContain(("R28", "No tienes zapatillas de correr registradas: añade un par amortiguado y un par minimalista para que el plan pueda alternarlos."));
        warnings.ShouldContain(w => w.Rule == "R10" && w.Message.StartsWith("Desde la semana 1, las series de velocidad (1,2 km) superan", StringComparison.Ordinal));
    }

    private static List<(string Rule, string Message)> Warnings(JsonElement block) =>
        [.. block.GetProperty("warnings").EnumerateArray().Select(w => (w.GetProperty("rule").GetString()!, w.GetProperty("message").GetString()!))];
}
