using HybridTrainer.Data.Identity;
using HybridTrainer.Data.Seeding;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace HybridTrainer.Web.Tests.EndToEnd;

public class AccountJourneyTests(BrowserHostFixture host, BrowserFixture browser) : BrowserTest(host, browser)
{
    [Fact]
    public async Task Register_ThenLogOutAndBackIn_ShowsTheAthletesHomePage()
    {
        await Page.GotoAsync("/account/register");
        await Page.GetByLabel("Your name").FillAsync("Robin Runner");
        await Page.GetByLabel("E-mail").FillAsync("robin@example.test");
        await Page.GetByLabel("Password", new() { Exact = true }).FillAsync(TestData.Password);
        await Page.GetByLabel("Password again").FillAsync(TestData.Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();

        await Assertions.Expect(Page.GetByTestId("athlete-home")).ToBeVisibleAsync();
        await Page.Locator("[data-interactive=true]").WaitForAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Log out" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Run and lift, one plan" })).ToBeVisibleAsync();

        await LogInAsync("robin@example.test", TestData.Password);

        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Welcome, Robin Runner" })).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByTestId("signed-in-as")).ToHaveTextAsync("Robin Runner");
        await Assertions.Expect(Page.GetByTestId("athlete-home")).ToContainTextAsync("Set up your profile");
    }

    [Fact]
    public async Task Register_ShortPassword_ShowsTheMessageUnderThePasswordField()
    {
        await Page.GotoAsync("/account/register");
        await Page.GetByLabel("Your name").FillAsync("Short Password");
        await Page.GetByLabel("E-mail").FillAsync("short@example.test");
        await Page.GetByLabel("Password", new() { Exact = true }).FillAsync("tooshort");
        await Page.GetByLabel("Password again").FillAsync("tooshort");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();

        await Assertions.Expect(Page.Locator(".ht-field-error")).ToContainTextAsync("Use at least 12 characters");
        await Assertions.Expect(Page.GetByLabel("E-mail")).ToHaveValueAsync("short@example.test");
    }

    [Fact]
    public async Task LogIn_FifthWrongPassword_LocksTheAccountEvenForTheRightPassword()
    {
        var user = await new TestData(App).UserAsync(AppRoles.Athlete);
        var locked = Page.GetByRole(AriaRole.Heading, new() { Name = "Account locked for a few minutes" });
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            await LogInAsync(user.Email!, $"wrong password {attempt}");
            await Assertions.Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("do not match");
        }

        await LogInAsync(user.Email!, "wrong password 5");
        await Assertions.Expect(locked).ToBeVisibleAsync();

        await LogInAsync(user.Email!, TestData.Password);
        await Assertions.Expect(locked).ToBeVisibleAsync();
    }

    [Fact]
    public async Task ProtectedPage_Anonymous_IsSentToLogInAndBackAfterwards()
    {
        var user = await new TestData(App).UserAsync(AppRoles.Coach);

        await Page.GotoAsync("/account/password");
        await Assertions.Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login\\?ReturnUrl="));
        await Page.GetByLabel("E-mail").FillAsync(user.Email!);
        await Page.GetByLabel("Password").FillAsync(TestData.Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Change password" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task DemoCoach_LogsIn_SeesTheirThreeClients()
    {
        await using (var scope = App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(TestContext.Current.CancellationToken);
        }

        await LogInAsync(DemoAccounts.CoachMaria.Email, DemoAccounts.Password);

        var clients = Page.GetByTestId("coach-home").Locator("tbody tr");
        await Assertions.Expect(clients).ToHaveCountAsync(3);
        await Assertions.Expect(Page.GetByTestId("coach-home")).ToContainTextAsync("Alex Kim");
        await Assertions.Expect(Page.GetByTestId("coach-home")).Not.ToContainTextAsync("Luca Rossi");
    }
}
