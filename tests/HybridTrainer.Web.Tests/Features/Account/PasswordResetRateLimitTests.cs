using System.Net;
using HybridTrainer.Web.Tests.Infrastructure;

namespace HybridTrainer.Web.Tests.Features.Account;

/// <summary>Its own app with a limit of 2 reset posts a minute per client address.</summary>
[Collection(HostGroup.Name)]
public sealed class PasswordResetRateLimitTests : IAsyncLifetime
{
    private readonly AppFactory _app = new(
        TestDatabase.NewName("resetlimit"),
        new Dictionary<string, string?> { ["RateLimiting:PasswordResetPostsPerMinute"] = "2" });

    [Fact]
    public async Task ResetPage_MorePostsThanTheLimit_AnswersTheFriendly429Page()
    {
        using var client = _app.CreateClient(new() { AllowAutoRedirect = false });
        const string Link = "/account/reset-password?code=abc&email=nobody%40example.test";
        var fields = new Dictionary<string, string>
        {
            ["Input.Code"] = "abc",
            ["Input.Email"] = "nobody@example.test",
            ["Input.NewPassword"] = "a fresh passphrase for spring",
            ["Input.ConfirmPassword"] = "a fresh passphrase for spring",
        };
        for (var attempt = 0; attempt < 2; attempt++)
        {
            (await AccountClient.PostFormAsync(client, Link, "reset-password", fields)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var response = await AccountClient.PostFormAsync(client, Link, "reset-password", fields);

        response.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))
            .ShouldContain("Too many password reset requests from this address; try again in");
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
