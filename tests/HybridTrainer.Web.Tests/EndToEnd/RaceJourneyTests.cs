using System.Globalization;
using HybridTrainer.Data.Identity;
using HybridTrainer.Domain.Time;
using HybridTrainer.Tests.Support;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace HybridTrainer.Web.Tests.EndToEnd;

public class RaceJourneyTests(BrowserHostFixture host, BrowserFixture browser) : BrowserTest(host, browser)
{
    [Fact]
    public async Task Athlete_PlansAMarathonSixteenWeeksOut_KeepsIt_AndFindsTheRaceWithTheShakeoutBefore()
    {
        var data = new TestData(App);
        var user = await data.UserAsync(AppRoles.Athlete);
        await data.CompleteAthleteAsync(user.Id);
        var start = LocalDays.MondayOf(TestClock.Today.AddDays(7));
        var raceDay = start.AddDays((15 * 7) + 6);
        await LogInAsync(user.Email!, TestData.Password);

        await Page.GotoAsync("/plan");
        await Page.Locator("[data-interactive=true]").WaitForAsync();
        await Page.GetByRole(AriaRole.Checkbox, new() { Name = "Train for a race" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Radio, new() { Name = "Marathon", Exact = true })).ToBeCheckedAsync();
        await Assertions.Expect(Page.Locator("#main")).ToContainTextAsync($"From {IsoDate(start.AddDays(11 * 7))} to {IsoDate(start.AddDays((24 * 7) - 1))}");
        var raceDate = Page.GetByLabel("Race date");
        await raceDate.FillAsync(IsoDate(raceDay));
        await raceDate.PressAsync("Tab");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();

        var preview = Page.GetByTestId("block-preview");
        await Assertions.Expect(preview.GetByTestId("predicted-time")).ToContainTextAsync("Predicted time: 3:34:43");
        await Assertions.Expect(preview.Locator("rect[data-phase]")).ToHaveCountAsync(3);
        await Assertions.Expect(preview.GetByRole(AriaRole.Heading, new() { Name = "Week 14 · Taper", Exact = false })).ToBeVisibleAsync();
        await ScreenshotAsync("race-preview");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Keep this block" }).ClickAsync();
        await Assertions.Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/week\\?start="));

        await Page.GotoAsync($"/week?start={IsoDate(raceDay)}");
        await Assertions.Expect(Day(raceDay).GetByTestId("session-card")).ToContainTextAsync("Race");
        await Assertions.Expect(Day(raceDay.AddDays(-1)).GetByTestId("session-card")).ToContainTextAsync("Shakeout");
        await ScreenshotAsync("race-week");

        await Page.GotoAsync("/");
        await Assertions.Expect(Page.GetByTestId("race-countdown"))
            .ToContainTextAsync($"Marathon in {raceDay.DayNumber - TestClock.Today.DayNumber} days — predicted 3:34:43");
    }

    [Fact]
    public async Task Athlete_RaceTooNear_SeesWhyUnderTheRaceDate()
    {
        var data = new TestData(App);
        var user = await data.UserAsync(AppRoles.Athlete);
        await data.CompleteAthleteAsync(user.Id);
        var start = LocalDays.MondayOf(TestClock.Today.AddDays(7));
        await LogInAsync(user.Email!, TestData.Password);

        await Page.GotoAsync("/plan");
        await Page.Locator("[data-interactive=true]").WaitForAsync();
        await Page.GetByRole(AriaRole.Checkbox, new() { Name = "Train for a race" }).ClickAsync();
        var raceDate = Page.GetByLabel("Race date");
        await raceDate.FillAsync(IsoDate(start.AddDays(30)));
        await raceDate.PressAsync("Tab");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();

        await Assertions.Expect(Page.Locator("#main")).ToContainTextAsync("Too near: a marathon needs 12 weeks of preparation.");
        await Assertions.Expect(Page.GetByTestId("block-preview")).ToHaveCountAsync(0);
    }

    private ILocator Day(DateOnly date) => Page.Locator($"section[aria-label='{date.ToString("dddd d MMMM", CultureInfo.InvariantCulture)}']");

    private static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
