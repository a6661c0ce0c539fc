using System.Net;
using HybridTrainer.Web.Tests.Infrastructure;

namespace HybridTrainer.Web.Tests.Features.Account;

/// <summary>Its own app with a limit of 3 posts a minute, so the shared app's tests never trip it.</summary>
[Collection(HostGroup.Name)]
public sealed class AccountRateLimitTests : IAsyncLifetime
{
    private readonly AppFactory _app = new(
        TestDatabase.NewName("ratelimit"),
        new Dictionary<string, string?> { ["RateLimiting:AccountFormPostsPerMinute"] = "3" });

    [Fact]
    public async Task LogIn_MorePostsThanTheLimit_Answers429WithRetryAfter()
    {
        using var client = _app.CreateClient(new() { AllowAutoRedirect = false });
        for (var attempt = 0; attempt < 3; attempt++)
        {
            (await AccountClient.LogInAsync(client, "nobody@example.test", "whatever password")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var response = await AccountClient.LogInAsync(client, "nobody@example.test", "whatever password");

        response.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter?.Delta!.Value.ShouldBeInRange(TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("Too many attempts from this address; try again in");
    }

    [Fact]
    public async Task LogInPage_ShowingTheFormManyTimes_IsNotLimited()
    {
        using var client = _app.CreateClient(new() { AllowAutoRedirect = false });

        for (var attempt = 0; attempt < 10; attempt++)
        {
            (await client.GetAsync("/account/login", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
