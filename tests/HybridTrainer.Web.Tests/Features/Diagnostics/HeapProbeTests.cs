using System.Net;
using System.Net.Http.Json;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace HybridTrainer.Web.Tests.Features.Diagnostics;

/// <summary>The heap probe stops the world: it exists only in the Benchmark environment, never in production.</summary>
public class HeapProbeTests(HostFixture host) : HostTest(host)
{
    [Fact]
    public void HeapProbe_OutsideBenchmark_IsNotMapped() =>
        HeapProbeRoutes.Count(App.Services).ShouldBe(0);

    [Fact]
    public async Task HeapProbe_OutsideBenchmarkSignedIn_AnswersNotFound()
    {
        var user = await new TestData(App).UserAsync(AppRoles.Athlete);
        using var client = CreateClient();
        (await AccountClient.LogInAsync(client, user.Email!)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        using var get = await client.GetAsync("/bench/heap", TestContext.Current.CancellationToken);
        // An unmapped POST re-executes the not-found page as a POST, which the page endpoint refuses (400): either way,
        // no figures and no collection.
        using var post = await client.PostAsync("/bench/heap", null, TestContext.Current.CancellationToken);

        get.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        post.StatusCode.ShouldNotBe(HttpStatusCode.OK);
        (await post.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldNotContain("heapSizeBytes");
    }
}

/// <summary>In the Benchmark environment the probe answers signed-in callers with the heap after a full collection.</summary>
public sealed class BenchmarkHeapProbeTests : IAsyncLifetime
{
    private readonly AppFactory _app = new(TestDatabase.NewName("benchheap"), new Dictionary<string, string?> { ["environment"] = "Benchmark" });

    public async ValueTask InitializeAsync()
    {
        await TestDatabase.EnsureServerReachableAsync();
        _app.UseKestrel(0);
        _app.StartServer();
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task HeapProbe_InBenchmark_SignedInGetsFiguresAnonymousDoesNot()
    {
        var ct = TestContext.Current.CancellationToken;
        HeapProbeRoutes.Count(_app.Services).ShouldBe(1);
        var user = await new TestData(_app).UserAsync(AppRoles.Athlete);
        using var anonymous = _app.CreateHttpClient();
        using var client = _app.CreateHttpClient();
        (await AccountClient.LogInAsync(client, user.Email!)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        using var refused = await anonymous.PostAsync("/bench/heap", null, ct);
        using var response = await client.PostAsync("/bench/heap", null, ct);

        refused.StatusCode.ShouldNotBe(HttpStatusCode.OK);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var figures = await response.Content.ReadFromJsonAsync<Figures>(ct);
        figures!.HeapSizeBytes.ShouldBeGreaterThan(0);
        figures.TotalMemoryBytes.ShouldBeGreaterThan(0);
        figures.OpenCircuits.ShouldBe(0);
    }

    private sealed record Figures(long TotalMemoryBytes, long HeapSizeBytes, int OpenCircuits);
}

internal static class HeapProbeRoutes
{
    public static int Count(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Count(e => e.RoutePattern.RawText == "/bench/heap");
}
