using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using HybridTrainer.Tests.Support;
using HybridTrainer.Domain.Time;

namespace HybridTrainer.Web.Tests.EndToEnd;

public class ConcurrentEditJourneyTests(BrowserHostFixture host, BrowserFixture browser) : BrowserTest(host, browser)
{
    [Fact]
    public async Task TwoPagesEditingOneSession_TheSecondSaveIsToldAndKeepsWhatWasTyped()
    {
        var data = new TestData(App);
        var (_, athlete, email) = await data.AthleteWithBlockAsync(LocalDays.MondayOf(TestClock.Today.AddDays(7)));
        var session = (await data.SessionsOfAsync(athlete.Id))[0];
        await LogInAsync(email, TestData.Password);
        var first = await OpenEditorAsync(Page, session.Id);
        var second = await OpenEditorAsync(await Page.Context.NewPageAsync(), session.Id);

        await first.GetByLabel("Minutes").FillAsync("50");
        await first.GetByLabel("Minutes").BlurAsync();
        await first.GetByRole(AriaRole.Button, new() { Name = "Save the prescription" }).ClickAsync();
        await Assertions.Expect(Page.GetByText("50 min · RPE")).ToBeVisibleAsync();
        await second.GetByLabel("Minutes").FillAsync("70");
        await second.GetByLabel("Minutes").BlurAsync();
        await second.GetByRole(AriaRole.Button, new() { Name = "Save the prescription" }).ClickAsync();

        await Assertions.Expect(second.GetByRole(AriaRole.Alert)).ToContainTextAsync("changed by someone else");
        await Assertions.Expect(second.GetByLabel("Minutes")).ToHaveValueAsync("70");
        await using var db = App.CreateDbContext();
        db.PlannedSessions.Single(s => s.Id == session.Id).DurationMinutes.ShouldBe(50);
    }

    private static async Task<ILocator> OpenEditorAsync(IPage page, Guid sessionId)
    {
        await page.GotoAsync($"/session/{sessionId}");
        await page.Locator("[data-interactive=true]").WaitForAsync();
        var editor = page.GetByTestId("prescription-editor");
        await editor.GetByText("Edit the prescription").ClickAsync();
        await Assertions.Expect(editor.GetByLabel("Minutes")).ToBeVisibleAsync();
        return editor;
    }
}
