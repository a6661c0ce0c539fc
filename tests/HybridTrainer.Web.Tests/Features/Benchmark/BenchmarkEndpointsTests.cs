using System.Net;
using System.Text.Json;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace HybridTrainer.Web.Tests.Features.Benchmark;

/// <summary>The benchmark endpoints exist in the Benchmark environment only: never in production, nor in tests.</summary>
[Collection(HostGroup.Name)]
public sealed class BenchmarkEndpointsTests
{
    [Theory]
    [InlineData("Production")]
    [InlineData("Testing")]
    public async Task BenchmarkRoutes_OutsideTheBenchmarkEnvironment_AnswerNotFound(string environment)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await StartAsync(environment);
        var coach = await new TestData(app).UserAsync(AppRoles.Coach);
        var athlete = await new TestData(app).AthleteAsync("Raw Row");
        using var client = app.CreateHttpClient();
        (await AccountClient.LogInAsync(client, coach.Email!)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await client.GetAsync($"/bench/raw/athletes/{athlete.Id}", ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync("/bench/coach/clients", ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task BenchmarkRoutes_InTheBenchmarkEnvironment_ReadTheRowAndTheSignedInCoachsClientsOnly()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await StartAsync("Benchmark");
        var data = new TestData(app);
        var coach = await data.UserAsync(AppRoles.Coach);
        var client1 = await data.AthleteAsync("Client One");
        var stranger = await data.AthleteAsync("Not A Client");
        await data.LinkCoachAsync(coach.Id, client1.Id);
        var athleteUser = await data.UserAsync(AppRoles.Athlete);
        using var anonymous = app.CreateHttpClient();
        using var coachClient = app.CreateHttpClient();
        using var athleteClient = app.CreateHttpClient();
        (await AccountClient.LogInAsync(coachClient, coach.Email!)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await AccountClient.LogInAsync(athleteClient, athleteUser.Email!)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var raw = await anonymous.GetAsync($"/bench/raw/athletes/{stranger.Id}", ct);
        raw.StatusCode.ShouldBe(HttpStatusCode.OK);
        using (var row = JsonDocument.Parse(await raw.Content.ReadAsStringAsync(ct)))
        {
            row.RootElement.GetProperty("name").GetString().ShouldBe("Not A Client");
        }

        (await anonymous.GetAsync($"/bench/raw/athletes/{Guid.NewGuid()}", ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var clients = await coachClient.GetAsync("/bench/coach/clients", ct);
        clients.StatusCode.ShouldBe(HttpStatusCode.OK);
        using (var rows = JsonDocument.Parse(await clients.Content.ReadAsStringAsync(ct)))
        {
            rows.RootElement.EnumerateArray().Select(r => r.GetProperty("name").GetString()).ShouldBe(["Client One"]);
        }

        (await athleteClient.GetAsync("/bench/coach/clients", ct)).StatusCode.ShouldNotBe(HttpStatusCode.OK, "an athlete is not a coach");
        (await anonymous.GetAsync("/bench/coach/clients", ct)).StatusCode.ShouldBe(HttpStatusCode.Redirect, "anonymous callers are sent to log in");
    }

    private static async Task<AppFactory> StartAsync(string environment)
    {
        await TestDatabase.EnsureServerReachableAsync();
        var app = new EnvironmentAppFactory(TestDatabase.NewName("bench"), environment);
        app.UseKestrel(0);
        app.StartServer();
        return app;
    }

    private sealed class EnvironmentAppFactory(string databaseName, string environment) : AppFactory(databaseName)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment(environment);
            // What Production insists on (named hosts), and the plain HTTP the tests speak (no Secure-only cookie).
            builder.UseSetting("AllowedHosts", "127.0.0.1;localhost");
            builder.UseSetting("Authentication:SecureCookies", "false");
        }
    }
}
