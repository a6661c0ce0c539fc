using System.Net;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Tests.Infrastructure;

namespace HybridTrainer.Web.Tests.Features.Api;

/// <summary>Its own app with 2 token-page posts a minute, so the shared app's tests never trip it.</summary>
[Collection(HostGroup.Name)]
public sealed class AccessTokenRateLimitTests : IAsyncLifetime
{
    private readonly AppFactory _app = new(
        TestDatabase.NewName("tokenlimit"),
        new Dictionary<string, string?> { ["RateLimiting:AccessTokenPostsPerMinute"] = "2" });

    [Fact]
    public async Task CreateToken_MoreThanTheLimit_Answers429WithRetryAfter()
    {
        var user = await new TestData(_app).UserAsync(AppRoles.Athlete);
        using var browser = _app.CreateClient(new() { AllowAutoRedirect = false });
        (await AccountClient.LogInAsync(browser, user.Email!)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        for (var attempt = 0; attempt < 2; attempt++)
        {
            AccessTokensPageTests.NewToken().IsMatch(await AccessTokensPageTests.CreateAsync(browser, $"script {attempt}")).ShouldBeTrue();
        }

        var response = await AccountClient.PostFormAsync(browser, "/account/tokens", "create-token", new Dictionary<string, string>
        {
            ["Input.Name"] = "one too many",
            ["Input.ExpiresInDays"] = "90",
            ["Input.CurrentPassword"] = TestData.Password,
        });

        response.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter?.Delta.ShouldNotBeNull();
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("try again");
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
