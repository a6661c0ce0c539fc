using HybridTrainer.Data.Gyms;
using HybridTrainer.Data.Identity;
using HybridTrainer.Tests.Support;
using HybridTrainer.Web.Features.Journal;
using HybridTrainer.Web.Features.Sessions;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace HybridTrainer.Web.Tests.EndToEnd;

/// <summary>
/// The two High findings walked as gym staff in a real browser: a member's week and session pages show the session
/// and that it was done, never the check-in reason of an accepted R27 downgrade nor the log's health data.
/// </summary>
public class GymStaffHealthDataJourneyTests(BrowserHostFixture host, BrowserFixture browser) : BrowserTest(host, browser)
{
    private const string Notes = "Left knee twinged on the last rep";

    // What the athlete gave or logged; none of it may reach staff.
    private static readonly string[] HealthText = ["You slept 4 h", "slept", "sore", "wellness", "What you did", Notes, "83 min", "12.7", "87.5"];

    [Fact]
    public async Task GymStaff_OnAMembersWeekAndSessionPages_SeeDoneButNoCheckInReasonOrLogHealthData()
    {
        var today = TestClock.Today;
        var data = new TestData(App);
        var (member, athlete, memberEmail) = await data.AthleteWithBlockAsync(today, 1, Enum.GetValues<DayOfWeek>());
        var sessionId = await data.HardSessionOnAsync(athlete.Id, today);
        var staff = await data.UserAsync(AppRoles.GymStaff, name: "Front Desk");
        var gym = await data.GymAsync("Riverside", (staff.Id, GymRole.Staff));
        await using (var db = App.CreateDbContext())
        {
            await db.Athletes.Where(a => a.Id == athlete.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.GymId, gym.Id), TestContext.Current.CancellationToken);
        }

        await using (var scope = App.Services.CreateAsyncScope())
        {
            var checkIn = scope.ServiceProvider.GetRequiredService<RecoveryCheckIn>();
            (await checkIn.SaveAsync(member, null, new CheckInInput { SleepHours = 4m, SorenessLegs = 8 }, TestContext.Current.CancellationToken)).Succeeded.ShouldBeTrue();
            (await checkIn.AcceptAsync(member, null, sessionId, TestContext.Current.CancellationToken)).ShouldBeTrue();
            var logged = await scope.ServiceProvider.GetRequiredService<SessionJournal>().SaveAsync(member, sessionId, new LogSessionInput
            {
                ActualDurationMinutes = 83, DistanceKm = 12.7m, Rpe = 9, Notes = Notes,
                Sets = [new LogSetInput { Exercise = "Back squat", SetNumber = 1, PlannedReps = 5, Reps = 5, WeightKg = 87.5m }],
            }, TestContext.Current.CancellationToken);
            logged.Failure.ShouldBeNull();
        }

        // The athlete sees it all on the same page: what staff must not see is really there to hide.
        await LogInAsync(memberEmail, TestData.Password);
        await Page.Locator("[data-interactive=true]").WaitForAsync();
        await Page.GotoAsync($"/session/{sessionId}");
        await Page.Locator("[data-interactive=true]").WaitForAsync();
        await Assertions.Expect(Page.Locator(".mud-main-content")).ToContainTextAsync("What you did");
        await Assertions.Expect(Page.GetByLabel("Notes")).ToHaveValueAsync(Notes);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Log out" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Log in" }).First).ToBeVisibleAsync();

        await LogInAsync(staff.Email!, TestData.Password);
        await Page.Locator("[data-interactive=true]").WaitForAsync();
        await Page.GotoAsync($"/athletes/{athlete.Id}/week?start={today:yyyy-MM-dd}");
        await Page.Locator("[data-interactive=true]").WaitForAsync();
        var card = Page.GetByTestId("session-card").Filter(new() { HasText = "Logged" });
        await Assertions.Expect(card).ToHaveCountAsync(1);
        await ShouldShowNoHealthDataAsync();
        await ScreenshotAsync("gym-staff-week");

        await Page.GotoAsync($"/session/{sessionId}");
        await Page.Locator("[data-interactive=true]").WaitForAsync();
        await Assertions.Expect(Page.Locator(".mud-main-content")).ToContainTextAsync("Logged as done");
        await ShouldShowNoHealthDataAsync();
    }

    private async Task ShouldShowNoHealthDataAsync()
    {
        var main = Page.Locator(".mud-main-content");
        foreach (var text in HealthText)
        {
            await Assertions.Expect(main).Not.ToContainTextAsync(text, new() { IgnoreCase = true });
        }

        // Nor in a form field's value, where the athlete reads their own log.
        await Assertions.Expect(main.Locator($"input[value*='{Notes}'], textarea:text('{Notes}')")).ToHaveCountAsync(0);
        await Assertions.Expect(Page.GetByLabel("Notes")).ToHaveCountAsync(0);
    }
}
