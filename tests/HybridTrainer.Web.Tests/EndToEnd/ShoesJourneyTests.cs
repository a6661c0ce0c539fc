using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using HybridTrainer.Tests.Support;
using HybridTrainer.Domain.Time;

namespace HybridTrainer.Web.Tests.EndToEnd;

public class ShoesJourneyTests(BrowserHostFixture host, BrowserFixture browser) : BrowserTest(host, browser)
{
    [Fact]
    public async Task Athlete_AddsAWornPairAfterAMessageUnderTheName_ThenRetiresIt()
    {
        var data = new TestData(App);
        var (_, athlete, email) = await data.AthleteWithBlockAsync(LocalDays.MondayOf(TestClock.Today.AddDays(7)));
        await LogInAsync(email, TestData.Password);
        // The home page's circuit first, so the click on the link is not lost to a page still starting up.
        await Page.Locator("[data-interactive=true]").WaitForAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Shoes", Exact = true }).ClickAsync();
        await Page.WaitForURLAsync("**/shoes");
        await Page.Locator("[data-interactive=true]").WaitForAsync();
        await Assertions.Expect(Page.GetByTestId("no-shoes")).ToBeVisibleAsync();

        await Page.GetByRole(AriaRole.Button, new() { Name = "Add the pair" }).ClickAsync();
        await Assertions.Expect(Page.GetByTestId("add-shoe")).ToContainTextAsync("Name the pair, for example \"Daily trainer\".");
        await Page.GetByLabel("Name of the pair").FillAsync("Daily trainer");
        await Page.GetByLabel("Distance already run").FillAsync("620");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add the pair" }).ClickAsync();

        var row = Page.GetByTestId("shoe-row").Filter(new() { HasText = "Daily trainer" });
        await Assertions.Expect(row.GetByTestId("shoe-status")).ToHaveTextAsync("Worn: past 500 km");
        await ScreenshotAsync("shoes");
        await row.GetByRole(AriaRole.Button, new() { Name = "Retire Daily trainer" }).ClickAsync();
        await Page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Retire", Exact = true }).ClickAsync();

        await Assertions.Expect(row.GetByTestId("shoe-status")).ToContainTextAsync("Retired");
        await using var db = App.CreateDbContext();
        var shoe = await db.Shoes.SingleAsync(s => s.AthleteId == athlete.Id, TestContext.Current.CancellationToken);
        (shoe.Kilometres, shoe.RetiredOn is not null).ShouldBe((620m, true));
    }
}
