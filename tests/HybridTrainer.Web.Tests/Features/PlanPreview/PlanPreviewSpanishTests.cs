using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HybridTrainer.Web.Tests.Infrastructure;

namespace HybridTrainer.Web.Tests.Features.PlanPreview;

/// <summary>A client that asks for Spanish reads the preview's refusals in Spanish; the field keys stay the JSON paths.</summary>
public class PlanPreviewSpanishTests(HostFixture host) : HostTest(host)
{
    [Fact]
    public async Task Preview_InvalidBodyWeightAskedInSpanish_AnswersAProblemWithTheFieldErrorInSpanish()
    {
        using var client = CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es-ES,es;q=0.9");
        var request = PlanPreviewApi.ExampleRequest();
        request["bodyWeightKg"] = 20;

        var response = await PlanPreviewApi.PostAsync(client, request);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        problem.GetProperty("title").GetString().ShouldBe("Se han producido uno o más errores de validación.");
        problem.GetProperty("errors").GetProperty("bodyWeightKg")[0].GetString().ShouldBe("El peso corporal debe estar entre 30 y 300 kg.");
    }

    [Fact]
    public async Task Preview_MissingLiftAskedInSpanish_NamesTheLiftInSpanish()
    {
        using var client = CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");
        var request = PlanPreviewApi.ExampleRequest();
        request["lifts"]!["squat"] = null;

        var errors = await PlanPreviewApi.ReadErrorsAsync(await PlanPreviewApi.PostAsync(client, request));

        errors["lifts.squat"].ShouldBe(["Sentadilla es obligatorio: envía oneRepMaxKg, o weightKg y reps."]);
    }

    [Fact]
    public async Task Preview_InvalidBodyWeightWithoutALanguage_AnswersInEnglishAsBefore()
    {
        using var client = CreateClient();
        var request = PlanPreviewApi.ExampleRequest();
        request["bodyWeightKg"] = 20;

        var response = await PlanPreviewApi.PostAsync(client, request);

        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        problem.GetProperty("title").GetString().ShouldBe("One or more validation errors occurred.");
        problem.GetProperty("errors").GetProperty("bodyWeightKg")[0].GetString().ShouldBe("Body weight must be between 30 and 300 kg.");
    }
}
