using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace HybridTrainer.Web.Tests.EndToEnd;

public class PlanJourneyTests(BrowserHostFixture host, BrowserFixture browser) : BrowserTest(host, browser)
{
    [Fact]
    public async Task Athlete_PreviewsAndKeepsABlock_ThenSeesTheWeekWithCards()
    {
        var data = new TestData(App);
        var user = await data.UserAsync(AppRoles.Athlete);
        await data.CompleteAthleteAsync(user.Id);
        await LogInAsync(user.Email!, TestData.Password);

        await Page.GotoAsync("/plan");
        await Page.Locator("[data-interactive=true]").WaitForAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        await Assertions.Expect(Page.GetByTestId("block-preview")).ToContainTextAsync("Protein 131 g a day");
        await ScreenshotAsync("plan-preview");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Keep this block" }).ClickAsync();

        await Assertions.Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/week\\?start="));
        await Assertions.Expect(Page.GetByTestId("week-day")).ToHaveCountAsync(7);
        await Assertions.Expect(Page.GetByTestId("session-card")).ToHaveCountAsync(6);
        await Assertions.Expect(Page.Locator("#main .mud-alert")).ToHaveCountAsync(0);
        await Assertions.Expect(Page.GetByTestId("hard-on-legs").First).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Why?" }).First.ClickAsync();
        await Assertions.Expect(Page.Locator(".ht-why li").First).ToBeVisibleAsync();
        await ScreenshotAsync("week");
    }

    [Fact]
    public async Task Athlete_MovesAHardLegSessionNextToAnother_SeesTheRuleAndKeepsThePlan()
    {
        var data = new TestData(App);
        var user = await data.UserAsync(AppRoles.Athlete);
        var athlete = await data.CompleteAthleteAsync(user.Id);
        await LogInAsync(user.Email!, TestData.Password);
        await KeepABlockAsync();
        await Assertions.Expect(Page.GetByTestId("session-card")).ToHaveCountAsync(6);
        List<HybridTrainer.Data.Planning.PlannedSession> hard;
        await using (var db = App.CreateDbContext())
        {
            hard = [.. db.PlannedSessions.Where(s => s.AthleteId == athlete.Id && s.HardOnLegs).OrderBy(s => s.Date)];
        }

        var moving = Page.GetByTestId("session-card").Filter(new() { HasText = "Hard on legs" }).Last;
        await moving.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Move to… \\(.+\\)$") }).ClickAsync();
        await Page.GetByRole(AriaRole.Menuitem, new() { Name = hard[0].Date.AddDays(1).ToString("dddd d MMM", System.Globalization.CultureInfo.InvariantCulture) }).ClickAsync();

        var warning = Page.GetByTestId("move-warning");
        await Assertions.Expect(warning).ToContainTextAsync("R5");
        await warning.GetByRole(AriaRole.Button, new() { Name = "Keep the plan" }).ClickAsync();
        await Assertions.Expect(warning).ToHaveCountAsync(0);
        var last = hard[^1];
        await using var check = App.CreateDbContext();
        check.PlannedSessions.Single(s => s.Id == last.Id).Date.ShouldBe(last.Date);
    }

    [Fact]
    public async Task Athlete_DragsAHardLegSessionNextToAnother_SeesTheRuleAndMovesItAnyway()
    {
        var data = new TestData(App);
        var user = await data.UserAsync(AppRoles.Athlete);
        var athlete = await data.CompleteAthleteAsync(user.Id);
        await LogInAsync(user.Email!, TestData.Password);
        await KeepABlockAsync();
        await Assertions.Expect(Page.GetByTestId("session-card")).ToHaveCountAsync(6);
        List<HybridTrainer.Data.Planning.PlannedSession> hard;
        await using (var db = App.CreateDbContext())
        {
            hard = [.. db.PlannedSessions.Where(s => s.AthleteId == athlete.Id && s.HardOnLegs).OrderBy(s => s.Date)];
        }

        var sunday = HybridTrainer.Domain.Time.LocalDays.MondayOf(hard[0].Date).AddDays(6);
        hard = [.. hard.Where(s => s.Date <= sunday)];
        var target = hard[0].Date.AddDays(1);
        var day = Page.Locator($"section[aria-label='{target.ToString("dddd d MMMM", System.Globalization.CultureInfo.InvariantCulture)}']");
        await Page.GetByTestId("session-card").Filter(new() { HasText = "Hard on legs" }).Last.DragToAsync(day);

        var warning = Page.GetByTestId("move-warning");
        await Assertions.Expect(warning).ToContainTextAsync("R5");
        await warning.GetByRole(AriaRole.Button, new() { Name = "Move anyway" }).ClickAsync();
        await Assertions.Expect(warning).ToHaveCountAsync(0);
        await Assertions.Expect(day.GetByTestId("hard-on-legs")).ToHaveCountAsync(1);
        var moved = hard[^1].Id;
        await using var check = App.CreateDbContext();
        check.PlannedSessions.Single(s => s.Id == moved).Date.ShouldBe(target);
    }

    [Fact]
    public async Task Athlete_IncompleteProfile_IsSentToTheProfileFromThePlanPage()
    {
        var data = new TestData(App);
        var user = await data.UserAsync(AppRoles.Athlete);
        await data.AthleteAsync("New", user.Id);
        await LogInAsync(user.Email!, TestData.Password);

        await Page.GotoAsync("/plan");
        await Page.Locator("[data-interactive=true]").WaitForAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Finish it first");
    }
}
