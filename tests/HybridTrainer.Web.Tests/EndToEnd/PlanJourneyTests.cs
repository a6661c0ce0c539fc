using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace HybridTrainer.Web.Tests.EndToEnd;

public class PlanJourneyTests(HostFixture host, BrowserFixture browser) : BrowserTest(host, browser)
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
        await Page.GetByRole(AriaRole.Button, new() { Name = "Keep this block" }).ClickAsync();

        await Assertions.Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/week\\?start="));
        await Assertions.Expect(Page.GetByTestId("week-day")).ToHaveCountAsync(7);
        await Assertions.Expect(Page.GetByTestId("session-card")).ToHaveCountAsync(6);
        await Assertions.Expect(Page.GetByTestId("hard-on-legs").First).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Why?" }).First.ClickAsync();
        await Assertions.Expect(Page.Locator(".ht-why li").First).ToBeVisibleAsync();
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
