using HybridTrainer.Data.Seeding;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace HybridTrainer.Web.Tests.EndToEnd;

/// <summary>A demo athlete's first look: eight lived weeks fill the home page's "what changed" and the progress charts.</summary>
public class DemoAthleteJourneyTests(BrowserHostFixture host, BrowserFixture browser) : BrowserTest(host, browser)
{
    [Fact]
    public async Task DemoAthlete_LogsIn_SeesWhatChangedAndEightWeeksOfProgress()
    {
        await using (var scope = App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(TestContext.Current.CancellationToken);
        }

        await LogInAsync(DemoAccounts.Athletes[0].Account.Email, DemoAccounts.Password);
        await Page.Locator("[data-interactive=true]").WaitForAsync();

        var whatChanged = Page.GetByTestId("what-changed");
        await Assertions.Expect(whatChanged.Locator("li").First).Not.ToHaveAttributeAsync("data-direction", "no comparison");
        await Assertions.Expect(whatChanged).ToContainTextAsync("Body weight");
        await Assertions.Expect(Page.Locator(".ht-chart svg").First).ToBeVisibleAsync();
        await ScreenshotAsync("dashboard");

        await Page.GotoAsync("/progress");
        await Page.Locator("[data-interactive=true]").WaitForAsync();
        foreach (var chart in new[] { "e1rm-chart", "training-max-chart", "body-weight-chart", "run-km-chart", "long-run-chart" })
        {
            await Assertions.Expect(Page.GetByTestId(chart)).Not.ToContainTextAsync("no data yet");
        }

        await Assertions.Expect(Page.GetByTestId("rep-records")).ToContainTextAsync("Back squat");
        await ScreenshotAsync("progress");
    }
}
