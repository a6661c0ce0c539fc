using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using HybridTrainer.Data;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Tests.Infrastructure;
using Npgsql;

namespace HybridTrainer.Web.Tests.Resilience;

/// <summary>The app with its database behind a gate the test closes and opens, as when PostgreSQL stops and returns.</summary>
[Collection(HostGroup.Name)]
public sealed class DatabaseOutageTests : IAsyncLifetime
{
    private DatabaseGate _gate = null!;
    private AppFactory _app = null!;

    public async ValueTask InitializeAsync()
    {
        await TestDatabase.EnsureServerReachableAsync();
        var server = new NpgsqlConnectionStringBuilder(TestDatabase.ServerConnectionString);
        _gate = new DatabaseGate(server.Host!, server.Port);
        var name = TestDatabase.NewName("outage");
        var throughGate = new NpgsqlConnectionStringBuilder(TestDatabase.CreateConnectionString(name)) { Host = "127.0.0.1", Port = _gate.Port };
        _app = new AppFactory(name, new Dictionary<string, string?>
        {
            [$"ConnectionStrings:{DataServiceCollectionExtensions.ConnectionStringName}"] = throughGate.ConnectionString,
        });
        _app.UseKestrel(0);
        _app.StartServer();
    }

    public async ValueTask DisposeAsync()
    {
        _gate.Open();
        await _app.DisposeAsync();
        await _gate.DisposeAsync();
    }

    [Fact]
    public async Task DatabaseDown_Api503ProblemDetailsWithin2Seconds_PagesFriendly_ThenRecoversWithin5Seconds()
    {
        var ct = TestContext.Current.CancellationToken;
        var user = await new TestData(_app).UserAsync(AppRoles.Athlete);
        using var client = _app.CreateHttpClient();
        (await AccountClient.LogInAsync(client, user.Email!)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetAsync("/api/v1/athletes", ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        _gate.Close();

        var clock = Stopwatch.StartNew();
        var api = await client.GetAsync("/api/v1/athletes", ct);
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(2));
        api.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        api.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        api.Headers.RetryAfter.ShouldNotBeNull();
        var problem = await api.Content.ReadFromJsonAsync<ProblemBody>(ct);
        problem!.Status.ShouldBe(503);

        var page = await client.GetAsync("/", ct);
        page.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        var html = await page.Content.ReadAsStringAsync(ct);
        html.ShouldContain("Something went wrong");
        html.ShouldNotContain("Npgsql");
        html.ShouldNotContain("   at ");

        (await client.GetAsync("/health/live", ct)).StatusCode.ShouldBe(HttpStatusCode.OK, "the process stays up");

        _gate.Open();
        var recovery = Stopwatch.StartNew();
        HttpStatusCode status;
        do
        {
            status = (await client.GetAsync("/api/v1/athletes", ct)).StatusCode;
        }
        while (status != HttpStatusCode.OK && recovery.Elapsed < TimeSpan.FromSeconds(5) && await Delay(ct));
        status.ShouldBe(HttpStatusCode.OK, $"no recovery within {recovery.Elapsed.TotalSeconds:0.0} s");
        (await client.GetAsync("/", ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static async Task<bool> Delay(CancellationToken ct)
    {
        await Task.Delay(100, ct);
        return true;
    }

    private sealed record ProblemBody(int Status, string? Title);
}
