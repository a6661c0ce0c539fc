using System.Net;
using HybridTrainer.Web.Tests.Features.Api;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HybridTrainer.Web.Tests.Features.Hardening;

/// <summary>
/// A page on another site can make the browser post a form or a Blob (no CORS preflight) with the person's cookie.
/// The browser says where the request came from; the API refuses writes from elsewhere before reading them.
/// </summary>
public class CrossSiteWriteTests(HostFixture host) : HostTest(host)
{
    private const string CheckIn = """{"sleepHours":8,"sorenessLegs":1,"sorenessUpper":1,"fatigue":3,"sleepQuality":3,"muscleSoreness":3,"stress":3,"mood":3}""";

    [Fact]
    public async Task CookieWrite_FromAnotherSite_Answers403AndStoresNothing()
    {
        var (client, athleteId) = await SignedInAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/athletes/{athleteId}/recovery") { Content = ApiScenario.Json(CheckIn) };
        request.Headers.Add("Sec-Fetch-Site", "cross-site");
        request.Headers.Add("Origin", "https://evil.example");

        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        await ApiScenario.ProblemAsync(response, HttpStatusCode.Forbidden);
        await using var db = App.CreateDbContext();
        (await db.RecoveryLogs.AnyAsync(TestContext.Current.CancellationToken)).ShouldBeFalse();
    }

    [Fact]
    public async Task CookieWrite_FromThisSite_IsSaved()
    {
        var (client, athleteId) = await SignedInAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/athletes/{athleteId}/recovery") { Content = ApiScenario.Json(CheckIn) };
        request.Headers.Add("Sec-Fetch-Site", "same-origin");

        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private async Task<(HttpClient Client, Guid AthleteId)> SignedInAsync()
    {
        var (_, athlete, email) = await new TestData(App).AthleteWithBlockAsync(ApiScenario.NextMonday);
        var client = CreateClient();
        (await AccountClient.LogInAsync(client, email)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return (client, athlete.Id);
    }
}
