using System.Net;
using System.Net.Http.Headers;
using HybridTrainer.Data.Access;
using HybridTrainer.Web.Tests.Features.Api;
using HybridTrainer.Web.Tests.Infrastructure;

namespace HybridTrainer.Web.Tests.Features.Problems;

/// <summary>
/// The problems the framework words by itself (a route miss, a bearer token's 401 and 403) read in the request's
/// language; English keeps the framework's titles.
/// </summary>
public class DefaultProblemLanguageTests(HostFixture host) : HostTest(host)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient ClientIn(string language)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return client;
    }

    [Fact]
    public async Task UnknownApiRoute_InSpanish_AnswersASpanishNotFound()
    {
        using var client = ClientIn("es");

        var problem = await ApiScenario.ProblemAsync(await client.GetAsync("/api/v1/no-such-thing", Ct), HttpStatusCode.NotFound);

        problem.GetProperty("title").GetString().ShouldBe("No encontrado");
        problem.GetProperty("detail").GetString().ShouldBe("No hay nada en esta dirección; los endpoints de la API están en /openapi/v1.json.");
    }

    [Fact]
    public async Task UnknownApiRoute_InEnglish_KeepsTheFrameworkTitle()
    {
        using var client = ClientIn("en-US");

        var problem = await ApiScenario.ProblemAsync(await client.GetAsync("/api/v1/no-such-thing", Ct), HttpStatusCode.NotFound);

        problem.GetProperty("title").GetString().ShouldBe("Not Found");
        problem.GetProperty("detail").GetString().ShouldBe("Nothing was found at this address; the API's endpoints are listed in /openapi/v1.json.");
    }

    [Fact]
    public async Task UnknownToken_InSpanish_HasASpanishTitle()
    {
        using var client = ClientIn("es-MX");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "htp_not-a-real-token");

        var problem = await ApiScenario.ProblemAsync(await client.GetAsync($"/api/v1/athletes/{Guid.NewGuid()}/recovery", Ct), HttpStatusCode.Unauthorized);

        problem.GetProperty("title").GetString().ShouldBe("No autorizado");
    }

    [Fact]
    public async Task UnknownToken_InEnglish_KeepsTheFrameworkTitle()
    {
        using var client = ClientIn("en");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "htp_not-a-real-token");

        var problem = await ApiScenario.ProblemAsync(await client.GetAsync($"/api/v1/athletes/{Guid.NewGuid()}/recovery", Ct), HttpStatusCode.Unauthorized);

        problem.GetProperty("title").GetString().ShouldBe("Unauthorized");
    }

    [Fact]
    public async Task ReadOnlyTokenWrite_InSpanish_HasASpanishTitle()
    {
        var problem = await ReadOnlyWriteAsync("es");

        problem.GetProperty("title").GetString().ShouldBe("Prohibido");
    }

    [Fact]
    public async Task ReadOnlyTokenWrite_InEnglish_KeepsTheFrameworkTitle()
    {
        var problem = await ReadOnlyWriteAsync("en");

        problem.GetProperty("title").GetString().ShouldBe("Forbidden");
    }

    private async Task<System.Text.Json.JsonElement> ReadOnlyWriteAsync(string language)
    {
        var scenario = new ApiScenario(App);
        var me = await scenario.PlannedAthleteAsync();
        using var client = await scenario.ClientAsync(me.UserId, AccessTokenScope.ReadOnly);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        var response = await client.PostAsync($"/api/v1/athletes/{me.Athlete.Id}/recovery", ApiScenario.Json(new { sleepHours = 7.5 }), Ct);

        return await ApiScenario.ProblemAsync(response, HttpStatusCode.Forbidden);
    }
}
