using System.Net;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Tests.Infrastructure;

namespace HybridTrainer.Web.Tests.Features.Diagnostics;

/// <summary>The heap probe stops the world: it exists only in the Benchmark environment, never in production.</summary>
public class HeapProbeTests(HostFixture host) : HostTest(host)
{
    [Fact]
    public async Task HeapProbe_OutsideBenchmark_IsNotFound()
    {
        using var client = CreateClient();

        using var response = await client.PostAsync("/bench/heap", null, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task HeapProbe_OutsideBenchmarkSignedIn_IsNotFound()
    {
        var user = await new TestData(App).UserAsync(AppRoles.Athlete);
        using var client = CreateClient();
        (await AccountClient.LogInAsync(client, user.Email!)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        using var response = await client.PostAsync("/bench/heap", null, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
