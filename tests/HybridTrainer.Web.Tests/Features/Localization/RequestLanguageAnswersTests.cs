using System.Net;
using HybridTrainer.Web.Tests.Features.PlanPreview;
using HybridTrainer.Web.Tests.Infrastructure;

namespace HybridTrainer.Web.Tests.Features.Localization;

/// <summary>
/// The request's language in what the shared infrastructure answers: the page's lang attribute and a 429 problem.
/// Its own app with a limit of 1 preview a minute, so the shared app's tests never trip it.
/// </summary>
[Collection(HostGroup.Name)]
public sealed class RequestLanguageAnswersTests : IAsyncLifetime
{
    private readonly AppFactory _app = new(
        TestDatabase.NewName("language"),
        new Dictionary<string, string?> { ["RateLimiting:PlanPreviewPerMinute"] = "1" });

    [Fact]
    public async Task Page_AskedForInSpanish_IsMarkedSpanish()
    {
        using var client = _app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es-ES,es;q=0.9");

        var page = await client.GetStringAsync("/account/login", TestContext.Current.CancellationToken);

        page.ShouldContain("<html lang=\"es\">");
    }

    [Fact]
    public async Task Page_AskedForInAnotherLanguage_IsMarkedEnglish()
    {
        using var client = _app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("de-DE");

        var page = await client.GetStringAsync("/account/login", TestContext.Current.CancellationToken);

        page.ShouldContain("<html lang=\"en\">");
    }

    [Fact]
    public async Task TooManyPreviews_AskedInSpanish_Answers429ProblemInSpanish()
    {
        using var client = _app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");
        (await PlanPreviewApi.PostAsync(client, PlanPreviewApi.ExampleRequest())).StatusCode.ShouldBe(HttpStatusCode.OK);

        var response = await PlanPreviewApi.PostAsync(client, PlanPreviewApi.ExampleRequest());

        response.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        var problem = await PlanPreviewApi.ReadJsonAsync(response);
        problem.GetProperty("title").GetString().ShouldBe("Demasiadas solicitudes");
        problem.GetProperty("detail").GetString().ShouldNotBeNull()
            .ShouldStartWith("Demasiadas vistas previas de planes desde esta dirección; vuelve a intentarlo en ");
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
