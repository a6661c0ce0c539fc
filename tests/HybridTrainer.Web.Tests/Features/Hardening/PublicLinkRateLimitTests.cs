using System.Net;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Tests.Infrastructure;

namespace HybridTrainer.Web.Tests.Features.Hardening;

/// <summary>Links that carry a secret or a short code are rate limited per address. Its own app with limits of 3 a minute.</summary>
[Collection(HostGroup.Name)]
public sealed class PublicLinkRateLimitTests : IAsyncLifetime
{
    private const int Limit = 3;

    private readonly AppFactory _app = new(TestDatabase.NewName("linklimits"), new Dictionary<string, string?>
    {
        ["RateLimiting:CalendarFeedPerMinute"] = $"{Limit}",
        ["RateLimiting:SheetCodesPerMinute"] = $"{Limit}",
        ["RateLimiting:InvitationClaimsPerMinute"] = $"{Limit}",
    });

    [Fact]
    public async Task CalendarFeed_MoreRequestsThanTheLimit_Answers429WithRetryAfterInPlainText()
    {
        using var client = _app.CreateClient(new() { AllowAutoRedirect = false });
        var path = "/ical/htc_" + new string('a', 43) + ".ics";

        var response = await PastTheLimitAsync(client, path, HttpStatusCode.NotFound);

        AssertRefused(response);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("text/plain");
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldStartWith("Too many calendar requests from this address");
    }

    [Fact]
    public async Task InvitationLink_MoreRequestsThanTheLimit_Answers429WithAFriendlyPage()
    {
        using var client = _app.CreateClient(new() { AllowAutoRedirect = false });

        var response = await PastTheLimitAsync(client, "/invitations/no-such-invitation", null);

        AssertRefused(response);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("text/html");
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("Too many invitation links opened from this address");
    }

    [Fact]
    public async Task SheetCode_MoreRequestsThanTheLimit_Answers429WithAFriendlyPage()
    {
        var user = await new TestData(_app).UserAsync(AppRoles.Athlete);
        using var client = _app.CreateClient(new() { AllowAutoRedirect = false });
        await AccountClient.LogInAsync(client, user.Email!);

        var response = await PastTheLimitAsync(client, "/s/ZZZZZZ", null);

        AssertRefused(response);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("Too many sheet codes opened from this address");
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private static async Task<HttpResponseMessage> PastTheLimitAsync(HttpClient client, string path, HttpStatusCode? allowed)
    {
        for (var attempt = 0; attempt < Limit; attempt++)
        {
            var status = (await client.GetAsync(path, TestContext.Current.CancellationToken)).StatusCode;
            status.ShouldNotBe(HttpStatusCode.TooManyRequests);
            if (allowed is { } expected)
            {
                status.ShouldBe(expected);
            }
        }

        return await client.GetAsync(path, TestContext.Current.CancellationToken);
    }

    private static void AssertRefused(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter?.Delta!.Value.ShouldBeInRange(TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
    }
}
