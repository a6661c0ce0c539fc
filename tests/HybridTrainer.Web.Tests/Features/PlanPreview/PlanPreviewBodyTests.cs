using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using HybridTrainer.Web.Tests.Infrastructure;

namespace HybridTrainer.Web.Tests.Features.PlanPreview;

/// <summary>Bodies that never reach validation: each gets a problem with a detail saying what to fix, never a 500.</summary>
public class PlanPreviewBodyTests(HostFixture host) : HostTest(host)
{
    [Theory]
    [InlineData("""{ "bodyWeightKg": 82, """, "not valid JSON")]
    [InlineData("""{ "bodyWeightKg": 82 } }""", "not valid JSON")]
    [InlineData("   ", "not valid JSON")]
    [InlineData("[1, 2, 3]", "JSON object")]
    [InlineData("null", "JSON object")]
    public async Task Preview_MalformedJson_Answers400ProblemWithDetail(string body, string detailMentions)
    {
        using var client = CreateClient();

        var response = await PlanPreviewApi.PostRawAsync(client, body);

        var problem = await ReadProblemAsync(response, HttpStatusCode.BadRequest);
        problem.GetProperty("detail").GetString().ShouldNotBeNull().ShouldContain(detailMentions);
    }

    [Theory]
    [InlineData("bodyWeightKg", "\"heavy\"", "bodyWeightKg")]
    [InlineData("startDate", "\"23/11/2026\"", "startDate")]
    [InlineData("availableDays", """["Monday", "Funday", "Friday"]""", "availableDays[1]")]
    public async Task Preview_WrongType_Answers400KeyedByTheField(string field, string json, string expectedKey)
    {
        using var client = CreateClient();
        var request = PlanPreviewApi.ExampleRequest();
        request[field] = JsonNode.Parse(json);

        var response = await PlanPreviewApi.PostAsync(client, request);

        var problem = await ReadProblemAsync(response, HttpStatusCode.BadRequest);
        problem.GetProperty("errors").TryGetProperty(expectedKey, out _).ShouldBeTrue();
        problem.GetProperty("detail").GetString().ShouldNotBeNull().ShouldContain(expectedKey);
    }

    [Fact]
    public async Task Preview_EmptyBody_Answers400Problem()
    {
        using var client = CreateClient();

        var response = await PlanPreviewApi.PostRawAsync(client, "");

        var problem = await ReadProblemAsync(response, HttpStatusCode.BadRequest);
        problem.GetProperty("detail").GetString().ShouldNotBeNull().ShouldContain("empty");
    }

    [Fact]
    public async Task Preview_NotJson_Answers415Problem()
    {
        using var client = CreateClient();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["bodyWeightKg"] = "82" });

        var response = await client.PostAsync(PlanPreviewApi.Path, form, TestContext.Current.CancellationToken);

        await ReadProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Preview_BodyOver64KiB_Answers413Problem(bool chunked)
    {
        using var client = CreateClient();
        var request = PlanPreviewApi.ExampleRequest();
        request["padding"] = new string('x', 70 * 1024);
        using var content = new StringContent(request.ToJsonString(), Encoding.UTF8, "application/json");
        if (chunked)
        {
            // No Content-Length: the limit must hold while reading, not only on the declared size.
            using var message = new HttpRequestMessage(HttpMethod.Post, PlanPreviewApi.Path) { Content = content };
            message.Headers.TransferEncodingChunked = true;
            await ExpectTooLargeAsync(await client.SendAsync(message, TestContext.Current.CancellationToken));
        }
        else
        {
            await ExpectTooLargeAsync(await client.PostAsync(PlanPreviewApi.Path, content, TestContext.Current.CancellationToken));
        }
    }

    [Fact]
    public async Task Preview_PaddedBodyJustUnder64KiB_IsAccepted()
    {
        using var client = CreateClient();
        var request = PlanPreviewApi.ExampleRequest();
        request["padding"] = "";
        request["padding"] = new string('x', (64 * 1024) - Encoding.UTF8.GetByteCount(request.ToJsonString()));

        var response = await PlanPreviewApi.PostAsync(client, request);

        Encoding.UTF8.GetByteCount(request.ToJsonString()).ShouldBe(64 * 1024);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static async Task ExpectTooLargeAsync(HttpResponseMessage response)
    {
        var problem = await ReadProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        problem.GetProperty("detail").GetString().ShouldNotBeNull().ShouldContain("64 KiB");
    }

    private static async Task<JsonElement> ReadProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        response.StatusCode.ShouldBe(status);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var problem = await PlanPreviewApi.ReadJsonAsync(response);
        problem.GetProperty("status").GetInt32().ShouldBe((int)status);
        return problem;
    }
}
