using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace HybridTrainer.Web.Tests.EndToEnd;

/// <summary>Setting up an authenticator app in the browser, and logging in with its code.</summary>
public class TwoFactorJourneyTests(BrowserHostFixture host, BrowserFixture browser) : BrowserTest(host, browser)
{
    [Fact]
    public async Task TurnOnCodes_ThenLogIn_AsksForTheCodeAndLetsTheRightOneIn()
    {
        var user = await new TestData(App).UserAsync(AppRoles.Athlete, name: "Casey Codes");
        await LogInAsync(user.Email!, TestData.Password);
        await Page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));

        await Page.GotoAsync("/account/two-factor");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Set up an authenticator app" }).ClickAsync();
        var key = (await Page.GetByTestId("shared-key").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        await Assertions.Expect(Page.GetByRole(AriaRole.Img, new() { Name = "QR code to scan with your authenticator app" })).ToBeVisibleAsync();
        await Page.GetByLabel("Code from your app").FillAsync(Totp.Code(key));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Turn on sign-in codes" }).ClickAsync();

        await Assertions.Expect(Page.GetByTestId("recovery-codes")).ToContainTextAsync("Save these recovery codes now.");
        await Assertions.Expect(Page.GetByTestId("recovery-codes").Locator("li")).ToHaveCountAsync(10);
        await Assertions.Expect(Page.GetByTestId("authenticator-on")).ToContainTextAsync("10 recovery codes left");

        await Page.Context.ClearCookiesAsync();
        await LogInAsync(user.Email!, TestData.Password);
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Enter your sign-in code" })).ToBeVisibleAsync();
        await Page.GetByLabel("Code from your app").FillAsync(Totp.WrongCode(key));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await Assertions.Expect(Page.Locator(".ht-field-error")).ToContainTextAsync("That code is not right.");

        await Page.GetByLabel("Code from your app").FillAsync(Totp.Code(key));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await Assertions.Expect(Page.GetByTestId("signed-in-as")).ToHaveTextAsync("Casey Codes");
    }
}
