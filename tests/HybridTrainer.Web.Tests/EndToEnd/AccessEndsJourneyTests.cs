using HybridTrainer.Data.Gyms;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Features.Coach;
using HybridTrainer.Web.Features.Gym;
using HybridTrainer.Web.Tests.Features.Api;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace HybridTrainer.Web.Tests.EndToEnd;

/// <summary>
/// A page left open loses an ended right at once, not at the circuit's next timed check (a minute on this app): the
/// wait below is a few seconds, far under that minute.
/// </summary>
public class AccessEndsJourneyTests(BrowserHostFixture host, BrowserFixture browser) : BrowserTest(host, browser)
{
    public enum Ending
    {
        PasswordChangedElsewhere,
        PasswordReset,
        StaffRoleRemoved,
    }

    [Theory]
    [InlineData(Ending.PasswordChangedElsewhere)]
    [InlineData(Ending.PasswordReset)]
    [InlineData(Ending.StaffRoleRemoved)]
    public async Task OpenPage_WhenTheAccountsAccessEnds_IsSignedOutAtOnce(Ending ending)
    {
        var data = new TestData(App);
        var person = await data.UserAsync(AppRoles.GymStaff, name: "Open Page");
        var admin = await data.UserAsync(AppRoles.GymAdmin);
        var gym = await data.GymAsync("Riverside", (person.Id, GymRole.Staff), (admin.Id, GymRole.Admin));
        await LogInAsync(person.Email!, TestData.Password);
        await Page.Locator("[data-interactive=true]").WaitForAsync();
        await Assertions.Expect(Page.GetByTestId("signed-in-as")).ToHaveTextAsync("Open Page");

        await using (var scope = App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var account = (await users.FindByIdAsync(person.Id.ToString()))!;
            var done = ending switch
            {
                Ending.PasswordChangedElsewhere => (await users.ChangePasswordAsync(account, TestData.Password, "another long passphrase 9")).Succeeded,
                Ending.PasswordReset => (await users.ResetPasswordAsync(account, await users.GeneratePasswordResetTokenAsync(account), "a reset passphrase 77")).Succeeded,
                _ => (await scope.ServiceProvider.GetRequiredService<GymMembers>().RemoveAsync(
                    TestData.Principal(admin.Id), gym.Id, person.Id, GymRole.Staff, TestContext.Current.CancellationToken)).Succeeded,
            };
            done.ShouldBeTrue();
        }

        await Assertions.Expect(Page.GetByTestId("signed-in-as")).ToHaveCountAsync(0, new() { Timeout = 5_000 });
    }

    [Fact]
    public async Task CoachsOpenClientWeek_AfterTheClientLeaves_ShowsNothingOfTheClientAtTheNextStep()
    {
        var scenario = new ApiScenario(App);
        var planned = await scenario.PlannedAthleteAsync(weeks: 2);
        var coach = await scenario.Data.UserAsync(AppRoles.Coach);
        await scenario.Data.LinkCoachAsync(coach.Id, planned.Athlete.Id);
        await LogInAsync(coach.Email!, TestData.Password);
        await Page.Locator("[data-interactive=true]").WaitForAsync();
        await Page.GotoAsync($"/athletes/{planned.Athlete.Id}/week?start={ApiScenario.NextMonday:yyyy-MM-dd}");
        await Page.Locator("[data-interactive=true]").WaitForAsync();
        await Assertions.Expect(Page.GetByTestId("session-card").First).ToBeVisibleAsync();

        await using (var scope = App.Services.CreateAsyncScope())
        {
            var roster = scope.ServiceProvider.GetRequiredService<ClientRoster>();
            var athlete = TestData.Principal(planned.UserId);
            var link = (await roster.ListMyCoachesAsync(athlete, TestContext.Current.CancellationToken)).ShouldHaveSingleItem();
            (await roster.LeaveAsync(athlete, link.LinkId, TestContext.Current.CancellationToken)).ShouldBeTrue();
        }

        // The same circuit, no new page load: the next week is read through the relation check again.
        await Page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();

        await Assertions.Expect(Page.GetByText("This page does not exist")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByTestId("session-card")).ToHaveCountAsync(0);
    }
}
