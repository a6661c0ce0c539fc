using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using HybridTrainer.Tests.Support;

namespace HybridTrainer.Web.Tests.EndToEnd;

public class CheckInJourneyTests(BrowserHostFixture host, BrowserFixture browser) : BrowserTest(host, browser)
{
    [Fact]
    public async Task Athlete_ChecksInAfterFiveHoursSleep_AcceptsTheEasierSession()
    {
        var today = TestClock.Today;
        var data = new TestData(App);
        var (_, athlete, email) = await data.AthleteWithBlockAsync(today, 1, Enum.GetValues<DayOfWeek>());
        var hardId = await data.HardSessionOnAsync(athlete.Id, today);

        await LogInAsync(email, TestData.Password);
        await Page.GotoAsync("/check-in");
        await Page.Locator("[data-interactive=true]").WaitForAsync();
        var sleep = Page.GetByLabel("Hours of sleep last night");
        await sleep.FillAsync("5");
        await sleep.BlurAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Check in" }).ClickAsync();

        var offer = Page.GetByTestId("downgrade-offer");
        await Assertions.Expect(offer).ToContainTextAsync("You slept 5 h");
        await ScreenshotAsync("check-in");
        await offer.GetByRole(AriaRole.Button, new() { Name = "Take the easier session" }).ClickAsync();
        await Assertions.Expect(Page.GetByText("Today's session is now the easier one.")).ToBeVisibleAsync();
        await using var check = App.CreateDbContext();
        check.PlannedSessions.Single(s => s.Id == hardId).Adjustment.ShouldBe("R27");
    }
}
