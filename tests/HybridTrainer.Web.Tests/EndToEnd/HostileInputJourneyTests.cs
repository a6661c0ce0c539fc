using HybridTrainer.Web.Tests.Features.Forms;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace HybridTrainer.Web.Tests.EndToEnd;

public class HostileInputJourneyTests(BrowserHostFixture host, BrowserFixture browser) : BrowserTest(host, browser)
{
    [Fact]
    public async Task Athlete_SeesMarkupOthersTypedAsText_AndHostileValuesGetMessagesUnderTheirFields()
    {
        var world = await HostileTextWorld.CreateAsync(App);
        var dialogs = 0;
        Page.Dialog += (_, dialog) =>
        {
            dialogs++;
            _ = dialog.DismissAsync();
        };
        await LogInAsync(world.AthleteEmail, TestData.Password);

        foreach (var path in new[] { "/", "/week", $"/session/{world.SessionId}", "/shoes" })
        {
            await Page.GotoAsync(path);
            await Page.Locator("[data-interactive=true]").WaitForAsync();
            await Assertions.Expect(Page.GetByText(HostileTextWorld.Name).First).ToBeVisibleAsync();
            (await Page.EvaluateAsync<int>("document.querySelectorAll('[onerror], [onload], img[src=\"x\"], a[href^=\"javascript:\"]').length")).ShouldBe(0, path);
            (await Page.EvaluateAsync<bool>("[...document.scripts].some(s => s.text.includes('alert(1)'))")).ShouldBeFalse(path);
        }

        var name = Page.GetByLabel("Name of the pair");
        var distance = Page.GetByLabel("Distance already run");
        await name.FillAsync("   ");
        await distance.FillAsync("-5");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add the pair" }).ClickAsync();

        await Assertions.Expect(name).ToHaveAccessibleDescriptionAsync("Name the pair, for example \"Daily trainer\".");
        await Assertions.Expect(distance).ToHaveAccessibleDescriptionAsync("Enter 0 to 5000 km.");
        await Assertions.Expect(distance).ToHaveAttributeAsync("aria-invalid", "true");

        // Still connected: the same form then takes an ordinary pair.
        await name.FillAsync("Trail pair");
        await distance.FillAsync("10");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add the pair" }).ClickAsync();
        await Assertions.Expect(Page.GetByTestId("shoe-row").Filter(new() { HasText = "Trail pair" })).ToBeVisibleAsync();
        await using var db = App.CreateDbContext();
        (await db.Shoes.Where(s => s.AthleteId == world.AthleteId).Select(s => s.Name).OrderBy(n => n).ToListAsync(TestContext.Current.CancellationToken))
            .ShouldBe([HostileTextWorld.Name, "Trail pair"]);
        dialogs.ShouldBe(0);
    }
}
