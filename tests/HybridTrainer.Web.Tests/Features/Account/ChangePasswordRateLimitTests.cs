using System.Net;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Tests.Infrastructure;

namespace HybridTrainer.Web.Tests.Features.Account;

/// <summary>Its own app with 2 password-change posts a minute, so the shared app's tests never trip it.</summary>
[Collection(HostGroup.Name)]
public sealed class ChangePasswordRateLimitTests : IAsyncLifetime
{
    private readonly AppFactory _app = new(
        TestDatabase.NewName("pwlimit"),
        new Dictionary<string, string?> { ["RateLimiting:PasswordChangePostsPerMinute"] = "2" });

    [Fact]
    public async Task ChangePassword_MorePostsThanTheLimit_Answers429WithRetryAfterAndASentence()
    {
        var user = await new TestData(_app).UserAsync(AppRoles.Athlete);
        using var browser = _app.CreateClient(new() { AllowAutoRedirect = false });
        (await AccountClient.LogInAsync(browser, user.Email!)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        for (var attempt = 0; attempt < 2; attempt++)
        {
            (await ChangeAsync(browser, $"wrong guess {attempt}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var response = await ChangeAsync(browser, "wrong guess 3");

        response.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter?.Delta!.Value.ShouldBeInRange(TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("Too many password changes; try again in");
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private static Task<HttpResponseMessage> ChangeAsync(HttpClient client, string current) =>
        AccountClient.PostFormAsync(client, "/account/password", "change-password", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = current,
            ["Input.NewPassword"] = "a brand new long passphrase",
            ["Input.ConfirmPassword"] = "a brand new long passphrase",
        });
}
