using System.Net;
using System.Text.Json;
using HybridTrainer.Web.Tests.Infrastructure;

namespace HybridTrainer.Web.Tests.Features.PlanPreview;

public class PlanPreviewOpenApiTests(HostFixture host) : HostTest(host)
{
    [Fact]
    public async Task OpenApiDocument_DescribesThePreviewRequestAndResponses()
    {
        using var client = CreateClient();

        var response = await client.GetAsync("/openapi/v1.json", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var preview = document.RootElement.GetProperty("paths").GetProperty(PlanPreviewApi.Path).GetProperty("post");
        preview.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema")
            .GetProperty("$ref").GetString().ShouldEndWith("/PlanPreviewRequest");
        var responses = preview.GetProperty("responses");
        responses.GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema")
            .GetProperty("$ref").GetString().ShouldEndWith("/PlanPreviewResponse");
        foreach (var status in new[] { "400", "415", "429" })
        {
            responses.GetProperty(status).GetProperty("content").TryGetProperty("application/problem+json", out _)
                .ShouldBeTrue($"{status} is described as problem details");
        }

        var schemas = document.RootElement.GetProperty("components").GetProperty("schemas");
        var request = schemas.GetProperty("PlanPreviewRequest");
        request.GetProperty("properties").TryGetProperty("fiveKmTime", out _).ShouldBeTrue();
        request.GetProperty("required").EnumerateArray().Select(r => r.GetString()).Order(StringComparer.Ordinal)
            .ShouldBe(["availableDays", "bodyWeightKg", "lifts", "runningBaseWeeks", "startDate"]);
        schemas.GetProperty("PlanPreviewSession").GetProperty("properties").TryGetProperty("hardOnLegs", out _).ShouldBeTrue();
    }
}
