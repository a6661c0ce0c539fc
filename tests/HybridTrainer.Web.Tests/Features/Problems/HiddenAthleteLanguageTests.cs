using System.Net;
using HybridTrainer.Web.Common;
using HybridTrainer.Web.Tests.Features.Api;
using HybridTrainer.Web.Tests.Infrastructure;

namespace HybridTrainer.Web.Tests.Features.Problems;

/// <summary>The API's 404 for an athlete the caller may not see says so in the request's language.</summary>
public class HiddenAthleteLanguageTests(HostFixture host) : HostTest(host)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<string?> NotFoundDetailAsync(string language)
    {
        var scenario = new ApiScenario(App);
        var someoneElse = await scenario.PlannedAthleteAsync();
        using var client = await scenario.ClientAsync(await scenario.StrangerAsync());
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        var response = await client.GetAsync($"/api/v1/athletes/{someoneElse.Athlete.Id}", Ct);

        return (await ApiScenario.ProblemAsync(response, HttpStatusCode.NotFound)).GetProperty("detail").GetString();
    }

    [Fact]
    public async Task HiddenAthlete_InSpanish_IsNotFoundInSpanish() =>
        (await NotFoundDetailAsync("es")).ShouldBe("Ese atleta o esa sesión no existe, o no puedes verlo.");

    [Fact]
    public async Task HiddenAthlete_InEnglish_KeepsTheEnglishDetail() =>
        (await NotFoundDetailAsync("en")).ShouldBe(Failure.NotVisible);
}
