using System.Net;
using System.Net.Http.Headers;
using HybridTrainer.Data.Access;
using HybridTrainer.Web.Infrastructure.Auth;
using HybridTrainer.Web.Tests.Features.Api;
using HybridTrainer.Web.Tests.Infrastructure;

namespace HybridTrainer.Web.Tests.Features.AccessTokens;

/// <summary>A script sending <c>Accept-Language: es</c> reads the API's sign-in refusals in Spanish.</summary>
public class SpanishTokenRefusalsTests(HostFixture host) : HostTest(host)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ReadOnlyToken_WriteAskedInSpanish_IsRefusedInSpanish()
    {
        var scenario = new ApiScenario(App);
        var me = await scenario.PlannedAthleteAsync();
        using var client = await scenario.ClientAsync(me.UserId, AccessTokenScope.ReadOnly);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");

        var response = await client.PostAsync($"/api/v1/athletes/{me.Athlete.Id}/recovery", ApiScenario.Json(new { sleepHours = 7.5 }), Ct);

        var problem = await ApiScenario.ProblemAsync(response, HttpStatusCode.Forbidden);
        problem.GetProperty("detail").GetString().ShouldBe(
            "Este token de acceso es de solo lectura. Para cambiar datos, crea un token de lectura y escritura en la página de tokens de acceso de tu cuenta.");
    }

    [Fact]
    public async Task ReadOnlyToken_WriteAskedInEnglish_KeepsTheEnglishRefusal()
    {
        var scenario = new ApiScenario(App);
        var me = await scenario.PlannedAthleteAsync();
        using var client = await scenario.ClientAsync(me.UserId, AccessTokenScope.ReadOnly);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");

        var response = await client.PostAsync($"/api/v1/athletes/{me.Athlete.Id}/recovery", ApiScenario.Json(new { sleepHours = 7.5 }), Ct);

        (await ApiScenario.ProblemAsync(response, HttpStatusCode.Forbidden)).GetProperty("detail").GetString().ShouldBe(ReadOnlyAccessTokens.Refusal);
    }

    [Fact]
    public async Task UnknownToken_InSpanish_IsRefusedInSpanish()
    {
        var scenario = new ApiScenario(App);
        var me = await scenario.PlannedAthleteAsync();
        using var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "htp_not-a-real-token");
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");

        var response = await client.GetAsync($"/api/v1/athletes/{me.Athlete.Id}/recovery", Ct);

        var problem = await ApiScenario.ProblemAsync(response, HttpStatusCode.Unauthorized);
        problem.GetProperty("detail").GetString()!.ShouldStartWith("El token de acceso no es válido");
    }
}
