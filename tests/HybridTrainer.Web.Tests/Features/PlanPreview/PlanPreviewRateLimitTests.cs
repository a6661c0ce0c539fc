using System.Net;
using HybridTrainer.Web.Tests.Infrastructure;

namespace HybridTrainer.Web.Tests.Features.PlanPreview;

/// <summary>Its own app with a limit of 2 previews a minute, so the shared app's tests never trip it.</summary>
[Collection(HostGroup.Name)]
public sealed class PlanPreviewRateLimitTests : IAsyncLifetime
{
    private readonly AppFactory _app = new(
        TestDatabase.NewName("previewlimit"),
        new Dictionary<string, string?> { ["RateLimiting:PlanPreviewPerMinute"] = "2" });

    [Fact]
    public async Task Preview_MoreThanTheLimit_Answers429ProblemWithRetryAfter()
    {
        using var client = _app.CreateClient();
        for (var attempt = 0; attempt < 2; attempt++)
        {
            (await PlanPreviewApi.PostAsync(client, PlanPreviewApi.ExampleRequest())).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var response = await PlanPreviewApi.PostAsync(client, PlanPreviewApi.ExampleRequest());

        response.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter?.Delta.ShouldNotBeNull();
        response.Headers.RetryAfter!.Delta!.Value.ShouldBeInRange(TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var problem = await PlanPreviewApi.ReadJsonAsync(response);
        problem.GetProperty("status").GetInt32().ShouldBe(429);
        problem.GetProperty("detail").GetString().ShouldNotBeNull().ShouldContain("try again");
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
