using System.Net;
using System.Text.Json;
using HybridTrainer.Web.Tests.Infrastructure;

namespace HybridTrainer.Web.Tests.Features.Health;

public class OpenApiTests(HostFixture host) : HostTest(host)
{
    [Fact]
    public async Task OpenApiDocument_Anonymous_DescribesTheAthleteList()
    {
        using var client = CreateClient();

        var response = await client.GetAsync("/openapi/v1.json", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        document.RootElement.GetProperty("paths").TryGetProperty("/api/v1/athletes", out _).ShouldBeTrue();
    }
}
