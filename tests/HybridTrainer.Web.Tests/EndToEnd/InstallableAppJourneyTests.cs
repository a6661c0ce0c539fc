using System.Text.RegularExpressions;
using HybridTrainer.Domain.Time;
using HybridTrainer.Tests.Support;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace HybridTrainer.Web.Tests.EndToEnd;

/// <summary>The installed app keeps static files on the phone, and never one person's pages or data.</summary>
public partial class InstallableAppJourneyTests(BrowserHostFixture host, BrowserFixture browser) : BrowserTest(host, browser)
{
    [Fact]
    public async Task AfterASignedInVisit_TheCacheHoldsStaticFilesOnly()
    {
        var (_, athlete, email) = await new TestData(App).AthleteWithBlockAsync(LocalDays.MondayOf(TestClock.Today));
        await LogInAsync(email, TestData.Password);
        await Page.Locator("[data-interactive=true]").WaitForAsync();
        await WaitForTheServiceWorkerAsync();

        // Controlled by the worker from here on: every fetch below passes through it.
        foreach (var path in new[] { "/", "/week", "/progress", $"/athletes/{athlete.Id}/week" })
        {
            await Page.GotoAsync(path);
            await Page.Locator("[data-interactive=true]").WaitForAsync();
        }

        await Page.APIRequest.GetAsync("/api/v1/athletes");
        var cached = await CachedPathsAsync();
        cached.ShouldContain(p => p.StartsWith("/_framework/blazor.web", StringComparison.Ordinal));
        cached.ShouldContain(p => p.StartsWith("/app.", StringComparison.Ordinal) && p.EndsWith(".css", StringComparison.Ordinal));
        cached.ShouldAllBe(p => StaticFile().IsMatch(p), string.Join(", ", cached));
    }

    [Fact]
    public async Task WithoutANetwork_APageShowsTheOfflinePage_AndComesBackWithIt()
    {
        var (_, _, email) = await new TestData(App).AthleteWithBlockAsync(LocalDays.MondayOf(TestClock.Today));
        await LogInAsync(email, TestData.Password);
        await Page.Locator("[data-interactive=true]").WaitForAsync();
        await WaitForTheServiceWorkerAsync();

        await Page.Context.SetOfflineAsync(true);
        await Page.GotoAsync("/week");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "You are offline" })).ToBeVisibleAsync();

        await Page.Context.SetOfflineAsync(false);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Try again" }).ClickAsync();
        await Page.Locator("[data-interactive=true]").WaitForAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "You are offline" })).ToHaveCountAsync(0);
    }

    private async Task WaitForTheServiceWorkerAsync()
    {
        await Page.EvaluateAsync("() => navigator.serviceWorker.ready");
        // The first page loaded before the worker existed; a reload puts it under the worker's control.
        if (!await Page.EvaluateAsync<bool>("() => navigator.serviceWorker.controller !== null"))
        {
            await Page.ReloadAsync();
            await Page.Locator("[data-interactive=true]").WaitForAsync();
        }

        (await Page.EvaluateAsync<bool>("() => navigator.serviceWorker.controller !== null")).ShouldBeTrue();
    }

    private async Task<string[]> CachedPathsAsync() => await Page.EvaluateAsync<string[]>("""
        async () => {
          const paths = [];
          for (const name of await caches.keys()) {
            const cache = await caches.open(name);
            for (const request of await cache.keys()) {
              paths.push(new URL(request.url).pathname);
            }
          }
          return paths;
        }
        """);

    [GeneratedRegex(@"^/((_framework|_content|js|icons)/.+|[^/]+\.(css|png|svg|webmanifest|html))$")]
    private static partial Regex StaticFile();
}
