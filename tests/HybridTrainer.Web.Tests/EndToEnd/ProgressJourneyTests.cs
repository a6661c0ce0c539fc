using HybridTrainer.Domain.Time;
using HybridTrainer.Domain.Training;
using HybridTrainer.Tests.Support;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace HybridTrainer.Web.Tests.EndToEnd;

public class ProgressJourneyTests(BrowserHostFixture host, BrowserFixture browser) : BrowserTest(host, browser)
{
    [Fact]
    public async Task NewAthlete_LogsTwoWeeksOfLiftsAndAWeighIn_SeesTheProgressChartsFill()
    {
        var twoWeeksAgo = LocalDays.MondayOf(TestClock.Today).AddDays(-14);
        var data = new TestData(App);
        var (_, athlete, email) = await data.AthleteWithBlockAsync(twoWeeksAgo, weeks: 3);
        var lifts = (await data.SessionsOfAsync(athlete.Id))
            .Where(s => s.Kind == SessionKind.Lift && s.Date < LocalDays.MondayOf(TestClock.Today))
            .GroupBy(s => LocalDays.MondayOf(s.Date))
            .Select(week => week.First())
            .ToList();
        lifts.Count.ShouldBe(2, "one lift from each of the two weeks before this one");
        await LogInAsync(email, TestData.Password);

        await Page.GotoAsync("/progress");
        await Page.Locator("[data-interactive=true]").WaitForAsync();
        await Assertions.Expect(Page.GetByTestId("e1rm-chart")).ToContainTextAsync("no data yet");
        await Assertions.Expect(Page.GetByTestId("body-weight-chart")).ToContainTextAsync("no data yet");

        foreach (var lift in lifts)
        {
            await Page.GotoAsync($"/session/{lift.Id}");
            await Page.Locator("[data-interactive=true]").WaitForAsync();
            await Page.GetByRole(AriaRole.Button, new() { Name = "Save log" }).ClickAsync();
            await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "What you did", Exact = true })).ToBeVisibleAsync();
        }

        await Page.GotoAsync("/");
        await Page.Locator("[data-interactive=true]").WaitForAsync();
        var bodyLog = Page.GetByTestId("body-log");
        await bodyLog.GetByLabel("Weight (kg)").FillAsync("81.4");
        await bodyLog.GetByRole(AriaRole.Button, new() { Name = "Log" }).ClickAsync();
        await Assertions.Expect(Page.GetByTestId("body-log-saved")).ToBeVisibleAsync();

        await Page.GotoAsync("/progress");
        await Page.Locator("[data-interactive=true]").WaitForAsync();
        await Assertions.Expect(Page.GetByTestId("e1rm-chart")).Not.ToContainTextAsync("no data yet");
        await Assertions.Expect(Page.GetByTestId("body-weight-chart")).ToContainTextAsync("81.4");
    }
}
