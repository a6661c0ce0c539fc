using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace HybridTrainer.Web.Tests.EndToEnd;

public class JournalJourneyTests(BrowserHostFixture host, BrowserFixture browser) : BrowserTest(host, browser)
{
    [Fact]
    public async Task Athlete_OpensALiftFromTheWeek_LogsItWithAnEditedSet()
    {
        var data = new TestData(App);
        var user = await data.UserAsync(AppRoles.Athlete);
        var athlete = await data.CompleteAthleteAsync(user.Id);
        await LogInAsync(user.Email!, TestData.Password);
        await KeepABlockAsync();

        await Page.GetByTestId("session-card").Filter(new() { HasText = "body" }).First.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(Page.GetByTestId("prescription")).ToContainTextAsync("Why");
        var reps = Page.GetByTestId("log-form").GetByRole(AriaRole.Spinbutton, new() { NameRegex = new System.Text.RegularExpressions.Regex(" set 3 reps$") }).First;
        await reps.FillAsync("9");
        await reps.BlurAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save log" }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "What you did", Exact = true })).ToBeVisibleAsync();
        await using var db = App.CreateDbContext();
        var log = db.SessionLogs.Single(l => l.AthleteId == athlete.Id);
        log.Completed.ShouldBeTrue();
        log.Sets.ShouldContain(s => s.SetNumber == 3 && s.Reps == 9);
    }
}
