using System.Net;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Tests.Infrastructure;

namespace HybridTrainer.Web.Tests.Features.Account;

/// <summary>Its own app, because the test moves the clock a month on, which would upset every test sharing the host's clock.</summary>
[Collection(HostGroup.Name)]
public sealed class SessionLifetimeTests : IAsyncLifetime
{
    private readonly AppFactory _app = new(TestDatabase.NewName("lifetime"));

    [Fact]
    public async Task Cookie_KeptFreshBySlidingRenewal_IsRefusedThirtyDaysAfterSigningIn()
    {
        var user = await new TestData(_app).UserAsync(AppRoles.Athlete);
        using var browser = _app.CreateHttpClient();
        await AccountClient.LogInAsync(browser, user.Email!);

        // Visits every 10 days keep the 14-day sliding cookie alive (it renews past half-way)...
        foreach (var _ in Enumerable.Range(0, 2))
        {
            _app.Clock.Advance(TimeSpan.FromDays(10));
            (await browser.GetAsync("/account/password", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        // ...but not past the absolute lifetime counted from the log-in.
        _app.Clock.Advance(TimeSpan.FromDays(11));
        var response = await browser.GetAsync("/account/password", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldContain("/account/login");
    }

    public ValueTask InitializeAsync()
    {
        _app.UseKestrel(0);
        _app.StartServer();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
