using HybridTrainer.Data.Gyms;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace HybridTrainer.Web.Tests.EndToEnd;

public class InvitationJourneyTests(BrowserHostFixture host, BrowserFixture browser) : BrowserTest(host, browser)
{
    [Fact]
    public async Task GymAdminInvitesACoach_WhoInvitesAClient_AndBothLinksAreClaimed()
    {
        var data = new TestData(App);
        var admin = await data.UserAsync(AppRoles.GymAdmin, name: "Alex Admin");
        var gym = await data.GymAsync("Riverside Strength & Run", (admin.Id, GymRole.Admin));
        var athleteUser = await data.UserAsync(AppRoles.Athlete, name: "Ana Athlete");
        var athlete = await data.CompleteAthleteAsync(athleteUser.Id, DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday);

        await LogInAsync(admin.Email!, TestData.Password);
        var coachLink = await CreateLinkAsync("gym", "Casey Coach");
        await LogOutAsync();

        // A newcomer opens the link, creates an account from it, and lands back on the invitation.
        await Page.GotoAsync(coachLink);
        await Assertions.Expect(Page.GetByTestId("invitation-text")).ToContainTextAsync("invites you to coach at Riverside Strength & Run");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Create an account" }).Last.ClickAsync();
        await Page.GetByLabel("Your name").FillAsync("Casey Coach");
        await Page.GetByLabel("E-mail").FillAsync("casey@example.test");
        await Page.GetByLabel("Password", new() { Exact = true }).FillAsync(TestData.Password);
        await Page.GetByLabel("Password again").FillAsync(TestData.Password);
        await Page.GetByText("a coach with clients").ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Accept the invitation" }).ClickAsync();
        await Assertions.Expect(Page.GetByTestId("claim-result")).ToContainTextAsync("You are now a coach");

        var clientLink = await CreateLinkAsync("coach/invitations", "Ana");
        await LogOutAsync();

        await LogInAsync(athleteUser.Email!, TestData.Password);
        await Page.GotoAsync(clientLink);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Accept the invitation" }).ClickAsync();
        await Assertions.Expect(Page.GetByTestId("claim-result")).ToContainTextAsync("Casey Coach now coaches you");

        await using var db = App.CreateDbContext();
        var coachId = await db.Users.Where(u => u.Email == "casey@example.test").Select(u => u.Id).SingleAsync(TestContext.Current.CancellationToken);
        (await db.GymMemberships.AnyAsync(m => m.GymId == gym.Id && m.UserId == coachId && m.Role == GymRole.Coach, TestContext.Current.CancellationToken)).ShouldBeTrue();
        (await db.CoachClients.AnyAsync(c => c.CoachUserId == coachId && c.AthleteId == athlete.Id && c.EndedAt == null, TestContext.Current.CancellationToken)).ShouldBeTrue();
    }

    [Fact]
    public async Task AClaimedLink_TellsTheNextPersonItWorksOnce()
    {
        var data = new TestData(App);
        var admin = await data.UserAsync(AppRoles.GymAdmin);
        await data.GymAsync("Riverside", (admin.Id, GymRole.Admin));
        var first = await data.UserAsync(AppRoles.Athlete);
        var second = await data.UserAsync(AppRoles.Athlete);
        await LogInAsync(admin.Email!, TestData.Password);
        var link = await CreateLinkAsync("gym", "Sam Staff");
        await LogOutAsync();
        await LogInAsync(first.Email!, TestData.Password);
        await Page.GotoAsync(link);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Accept the invitation" }).ClickAsync();
        await LogOutAsync();

        await LogInAsync(second.Email!, TestData.Password);
        await Page.GotoAsync(link);

        await Assertions.Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("already been used");
    }

    private async Task<string> CreateLinkAsync(string page, string label)
    {
        await Page.GotoAsync(page);
        await Page.Locator("[data-interactive=true]").WaitForAsync();
        await Page.GetByLabel("For (name or e-mail)").FillAsync(label);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create link" }).ClickAsync();
        await Assertions.Expect(Page.GetByTestId("invite-created")).ToBeVisibleAsync();
        return await Page.GetByLabel("Invitation link").InputValueAsync();
    }

    private async Task LogOutAsync()
    {
        await Page.GotoAsync("/");
        // The page's circuit first: a click before it is up can be lost.
        await Page.Locator("[data-interactive=true]").WaitForAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Log out" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Log in" }).First).ToBeVisibleAsync();
    }
}
