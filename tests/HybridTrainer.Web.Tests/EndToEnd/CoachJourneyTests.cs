using System.Globalization;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Features.Journal;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using HybridTrainer.Tests.Support;
using HybridTrainer.Domain.Time;

namespace HybridTrainer.Web.Tests.EndToEnd;

public class CoachJourneyTests(BrowserHostFixture host, BrowserFixture browser) : BrowserTest(host, browser)
{
    private static readonly DateOnly NextMonday = LocalDays.MondayOf(TestClock.Today.AddDays(7));

    [Fact]
    public async Task Coach_PlansTwoClientsAtOnce_MovesIntoR5_WritesANote_AndSeesTheShortSleepFlag()
    {
        var data = new TestData(App);
        var coach = await data.UserAsync(AppRoles.Coach, name: "Coach Maria");
        var (alexUser, alexId) = await ClientAsync(data, coach.Id, "Alex");
        await ClientAsync(data, coach.Id, "Priya");
        await LogInAsync(coach.Email!, TestData.Password);

        await Page.GotoAsync("/coach/next-block");
        await Page.Locator("[data-interactive=true]").WaitForAsync();
        await Page.GetByRole(AriaRole.Checkbox, new() { Name = "Alex", Exact = true }).CheckAsync();
        await Page.GetByRole(AriaRole.Checkbox, new() { Name = "Priya", Exact = true }).CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Generate and keep for 2" }).ClickAsync();
        var summary = Page.GetByTestId("rollout-summary");
        await Assertions.Expect(Page.GetByText("2 of 2 done")).ToBeVisibleAsync();
        await Assertions.Expect(summary.Locator("tbody tr")).ToHaveCountAsync(2);
        await Assertions.Expect(summary).Not.ToContainTextAsync("Failed");
        await ScreenshotAsync("coach-next-block");

        await Page.GotoAsync($"/athletes/{alexId}/week?start={NextMonday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        await Page.Locator("[data-interactive=true]").WaitForAsync();
        await Assertions.Expect(Page.GetByTestId("session-card")).ToHaveCountAsync(6);
        var hard = (await data.SessionsOfAsync(alexId)).Where(s => s.HardOnLegs).ToList();
        var moving = Page.GetByTestId("session-card").Filter(new() { HasText = "Hard on legs" }).Last;
        await moving.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Move to… \\(.+\\)$") }).ClickAsync();
        await Page.GetByRole(AriaRole.Menuitem, new() { Name = hard[0].Date.AddDays(1).ToString("dddd d MMM", CultureInfo.InvariantCulture) }).ClickAsync();
        var warning = Page.GetByTestId("move-warning");
        await Assertions.Expect(warning).ToContainTextAsync("R5");
        await warning.GetByRole(AriaRole.Button, new() { Name = "Move anyway" }).ClickAsync();
        await Assertions.Expect(warning).ToHaveCountAsync(0);

        await Page.GotoAsync($"/session/{hard[^1].Id}");
        await Page.Locator("[data-interactive=true]").WaitForAsync();
        var editor = Page.GetByTestId("prescription-editor");
        await editor.GetByText("Edit the prescription").ClickAsync();
        var minutes = editor.GetByLabel("Minutes");
        await minutes.FillAsync("5");
        await minutes.BlurAsync();
        await Assertions.Expect(editor).ToContainTextAsync("A session lasts 10 to 300 minutes.");
        await minutes.FillAsync("55");
        await minutes.BlurAsync();
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save the prescription" }).ClickAsync();
        await Assertions.Expect(Page.GetByText("55 min · RPE")).ToBeVisibleAsync();
        await Page.GetByLabel("Coach's note").FillAsync("Moved next to your other hard day: keep it light.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save note" }).ClickAsync();
        await Assertions.Expect(Page.GetByTestId("coach-note")).ToContainTextAsync("keep it light");
        await Assertions.Expect(Page.GetByTestId("session-changed")).ToContainTextAsync("Coach Maria");

        await using (var scope = App.Services.CreateAsyncScope())
        {
            var checkIn = await scope.ServiceProvider.GetRequiredService<RecoveryCheckIn>()
                .SaveAsync(TestData.Principal(alexUser), null, new CheckInInput { SleepHours = 5m }, TestContext.Current.CancellationToken);
            checkIn.Succeeded.ShouldBeTrue();
        }

        await Page.GotoAsync("/coach");
        await Page.Locator("[data-interactive=true]").WaitForAsync();
        await Assertions.Expect(Page.GetByTestId("client-name").First).ToHaveTextAsync("Alex");
        await Assertions.Expect(Page.GetByTestId("readiness-cell").First).ToContainTextAsync("You slept 5 h");
        await Assertions.Expect(Page.GetByTestId("client-flags").First).ToContainTextAsync("Readiness");
        await ScreenshotAsync("coach-dashboard");
        await Page.GetByTestId("client-name").First.ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Alex", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByTestId("readiness")).ToContainTextAsync("/ 100");
    }

    private async Task<(Guid UserId, Guid AthleteId)> ClientAsync(TestData data, Guid coachId, string name)
    {
        var user = await data.UserAsync(AppRoles.Athlete, name: name);
        var athlete = await data.CompleteAthleteAsync(user.Id);
        await data.LinkCoachAsync(coachId, athlete.Id);
        await using var db = App.CreateDbContext();
        await db.Athletes.Where(a => a.Id == athlete.Id).ExecuteUpdateAsync(a => a.SetProperty(x => x.DisplayName, name), TestContext.Current.CancellationToken);
        return (user.Id, athlete.Id);
    }
}
