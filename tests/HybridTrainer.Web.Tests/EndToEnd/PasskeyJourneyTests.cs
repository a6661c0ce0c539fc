using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace HybridTrainer.Web.Tests.EndToEnd;

/// <summary>
/// Adding a passkey on the two-factor page and signing in with it, with Chromium's virtual authenticator (DevTools
/// protocol) standing in for the device: it answers the browser's WebAuthn calls at once, as a phone whose owner has
/// already unlocked it would.
/// </summary>
public class PasskeyJourneyTests(BrowserHostFixture host, BrowserFixture browser) : BrowserTest(host, browser)
{
    // A passkey step is two round trips and a form post before the page answers: on a busy machine more than the 5 s
    // an expectation waits by default.
    private static readonly LocatorAssertionsToContainTextOptions AfterPasskeyStep = new() { Timeout = 30_000 };

    // WebAuthn takes the site's host name as the relying party's id and refuses an IP address ("This is an invalid
    // domain."): the browser reaches the app as localhost, a name that is also a secure context over plain http.
    protected override Uri SiteAddress => new UriBuilder(App.BaseAddress) { Host = "localhost" }.Uri;

    [Fact]
    public async Task AddAPasskey_ThenSignInWithIt_LandsOnTheirOwnHomePageWithoutAPassword()
    {
        var user = await new TestData(App).UserAsync(AppRoles.Athlete, name: "Pia Passkey");
        await AddVirtualAuthenticatorAsync();
        await LogInAsync(user.Email!, TestData.Password);
        await Page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));

        await AddPasskeyAsync();

        await LogOutAsync();
        await Page.GotoAsync("/account/login");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in with a passkey" }).ClickAsync();

        await Assertions.Expect(Page.GetByTestId("signed-in-as")).ToHaveTextAsync("Pia Passkey", new() { Timeout = 30_000 });
        await Assertions.Expect(Page.GetByTestId("athlete-home")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task RemovedPasskey_NoLongerSignsIn_AndSaysSoWithoutATrace()
    {
        var user = await new TestData(App).UserAsync(AppRoles.Athlete, name: "Rae Removed");
        await AddVirtualAuthenticatorAsync();
        await LogInAsync(user.Email!, TestData.Password);
        await Page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        await AddPasskeyAsync();

        await Page.GetByRole(AriaRole.Button, new() { Name = "Remove passkey Passkey 1" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Passkey \"Passkey 1\" removed.");
        await Assertions.Expect(Page.GetByTestId("no-passkeys")).ToBeVisibleAsync();
        await LogOutAsync();

        // The device still holds the credential and offers it; the server no longer knows it.
        await Page.GotoAsync("/account/login");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in with a passkey" }).ClickAsync();

        var refusal = Page.GetByTestId("passkey-login").GetByRole(AriaRole.Alert);
        await Assertions.Expect(refusal).ToHaveTextAsync("That passkey is not registered here, or it could not be checked. Log in with your password.", new() { Timeout = 30_000 });
        await Assertions.Expect(Page.GetByTestId("signed-in-as")).ToHaveCountAsync(0);
        var page = await Page.ContentAsync();
        page.ShouldNotContain("Exception");
        page.ShouldNotContain("   at ");
    }

    /// <summary>A platform authenticator that holds discoverable credentials and says yes to each request at once.</summary>
    private async Task AddVirtualAuthenticatorAsync()
    {
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
    }

    private async Task AddPasskeyAsync()
    {
        await Page.GotoAsync("/account/two-factor");
        await Assertions.Expect(Page.GetByTestId("no-passkeys")).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add a passkey" }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Passkey added. You can rename it below.", AfterPasskeyStep);
        await Assertions.Expect(Page.GetByTestId("passkeys").Locator("input[name='Change.Name']")).ToHaveValueAsync("Passkey 1");
    }

    private async Task LogOutAsync()
    {
        await Page.GotoAsync("/");
        await Page.Locator("[data-interactive=true]").WaitForAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Log out" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Run and lift, one plan" })).ToBeVisibleAsync();
    }
}
