using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Features.Plan;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace HybridTrainer.Web.Tests.EndToEnd;

public class CheckInJourneyTests(HostFixture host, BrowserFixture browser) : BrowserTest(host, browser)
{
    [Fact]
    public async Task Athlete_ChecksInAfterFiveHoursSleep_AcceptsTheEasierSession()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var data = new TestData(App);
        var user = await data.UserAsync(AppRoles.Athlete);
        var athlete = await data.CompleteAthleteAsync(user.Id, Enum.GetValues<DayOfWeek>());
        var principal = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
            [new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.NameIdentifier, user.Id.ToString())], "test"));
        await using (var scope = App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<PlanService>().SaveAsync(
                principal, new GenerateBlockInput { StartDate = today.ToDateTime(TimeOnly.MinValue), Weeks = 1 }, TestContext.Current.CancellationToken);
        }

        Guid hardId;
        await using (var db = App.CreateDbContext())
        {
            var sessions = db.PlannedSessions.Where(s => s.AthleteId == athlete.Id).ToList();
            var hard = sessions.First(s => s.HardOnLegs);
            sessions.Where(s => s.Date == today && s.Id != hard.Id).ToList().ForEach(s => s.Date = hard.Date);
            hard.Date = today;
            hardId = hard.Id;
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await LogInAsync(user.Email!, TestData.Password);
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
