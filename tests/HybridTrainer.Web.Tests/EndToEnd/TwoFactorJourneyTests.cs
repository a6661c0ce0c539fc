using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace HybridTrainer.Web.Tests.EndToEnd;

/// <summary>
/// Setting up an authenticator app and a passkey in the browser, and logging in with each. Passkeys use Chromium's
/// virtual authenticator (DevTools' WebAuthn domain) on http://localhost: WebAuthn refuses an IP address as the
/// site's identity, so these tests leave 127.0.0.1 for the name that points at it.
/// </summary>
public class TwoFactorJourneyTests(BrowserHostFixture host, BrowserFixture browser) : BrowserTest(host, browser)
{
    [Fact]
    public async Task TurnOnCodes_ThenLogIn_AsksForTheCodeAndLetsTheRightOneIn()
    {
        var user = await new TestData(App).UserAsync(AppRoles.Athlete, name: "Casey Codes");
        await LogInAsync(user.Email!, TestData.Password);
        await Page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));

        await Page.GotoAsync("/account/two-factor");
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

    [Fact]
    public async Task AddAPasskey_ThenSignInWithIt_WithoutAPassword()
    {
        var localhost = new UriBuilder(App.BaseAddress) { Host = "localhost" }.Uri;
        var devTools = await Page.Context.NewCDPSessionAsync(Page);
        await devTools.SendAsync("WebAuthn.enable");
        await devTools.SendAsync("WebAuthn.addVirtualAuthenticator", new Dictionary<string, object>
        {
            ["options"] = new Dictionary<string, object>
            {
                ["protocol"] = "ctap2",
                ["transport"] = "internal",
                ["hasResidentKey"] = true,
                ["hasUserVerification"] = true,
                ["isUserVerified"] = true,
                ["automaticPresenceSimulation"] = true,
            },
        });
        var user = await new TestData(App).UserAsync(AppRoles.Athlete, name: "Pat Passkey");
        await Page.GotoAsync(new Uri(localhost, "/account/login").ToString());
        await Page.GetByLabel("E-mail").FillAsync(user.Email!);
        await Page.GetByLabel("Password").FillAsync(TestData.Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Log in", Exact = true }).ClickAsync();
        await Page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));

        await Page.GotoAsync(new Uri(localhost, "/account/two-factor").ToString());
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add a passkey" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Passkey added.");
        await Page.GetByLabel("Name of the passkey added").FillAsync("Test laptop");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Rename passkey Passkey 1" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Passkey renamed to \"Test laptop\".");

        await Page.Context.ClearCookiesAsync();
        await Page.GotoAsync(new Uri(localhost, "/account/login").ToString());
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in with a passkey" }).ClickAsync();
        await Assertions.Expect(Page.GetByTestId("signed-in-as")).ToHaveTextAsync("Pat Passkey");
    }
}
