using HybridTrainer.Data.Gyms;
using HybridTrainer.Tests.Support;
using HybridTrainer.Web.Tests.Infrastructure;
using HybridTrainer.Web.Tests.Infrastructure.Oidc;
using Microsoft.Playwright;

namespace HybridTrainer.Web.Tests.EndToEnd;

/// <summary>Single sign-on in the browser, through a real OpenID Connect provider started by the test.</summary>
[Trait("Category", "E2E")]
[Collection(BrowserGroup.Name)]
public class ExternalSignInJourneyTests(OidcHostFixture host, BrowserFixture browser) : IClassFixture<OidcHostFixture>, IAsyncLifetime
{
    private IBrowserContext? _context;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private IPage Page { get; set; } = default!;

    public async ValueTask InitializeAsync()
    {
        await host.ResetAsync();
        _context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = host.App.BaseAddress.ToString() });
        _context.SetDefaultTimeout(15_000);
        Page = await _context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_context is not null)
        {
            await _context.DisposeAsync();
        }
    }

    [Fact]
    public async Task CoachOfAGym_SignsInThroughTheProvider_AndLandsOnTheCoachHomeOfThatGym()
    {
        await using (var db = host.App.CreateDbContext())
        {
            db.Gyms.Add(new Gym { Id = OidcHostFixture.NorthGymId, Name = "North Gym", CreatedAt = TestClock.Start });
            await db.SaveChangesAsync(Ct);
        }

        host.Provider.User = new TestOidcUser("sub-casey", "casey@north.test", true, "Casey Coach", ["north-coaches"]);

        await Page.GotoAsync("/account/login");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Sign in with Gym Login" }).ClickAsync();

        await Assertions.Expect(Page.GetByTestId("signed-in-as")).ToHaveTextAsync("Casey Coach");
        await Assertions.Expect(Page.GetByText("Gym: North Gym")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByTestId("coach-home")).ToBeVisibleAsync();
        new Uri(Page.Url).AbsolutePath.ShouldBe("/");
    }

    /// <summary>Follows the log-in page's provider link (the first journey clicks it; here only where it leads matters).</summary>
    private async Task StartSignInAsync()
    {
        await Page.GotoAsync("/account/login");
        var href = await Page.GetByRole(AriaRole.Link, new() { Name = "Sign in with Gym Login" }).GetAttributeAsync("href");
        await Page.GotoAsync(href!);
    }

    [Fact]
    public async Task AlteredState_OnTheWayBack_ShowsTheFriendlyPage()
    {
        host.Provider.User = new TestOidcUser("sub-sam", "sam@north.test", true, "Sam", []);
        host.Provider.TamperState = true;

        await StartSignInAsync();

        await Assertions.Expect(Page.GetByTestId("external-sign-in-failed")).ToContainTextAsync("Sign-in with Gym Login did not complete.");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Back to log in" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Log in" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task IdTokenForAnotherClient_IsRefusedWithTheFriendlyPage()
    {
        host.Provider.User = new TestOidcUser("sub-alex", "alex@north.test", true, "Alex", []);
        host.Provider.IdTokenAudience = "some-other-app";

        await StartSignInAsync();

        await Assertions.Expect(Page.GetByTestId("external-sign-in-failed")).ToContainTextAsync("Sign-in with Gym Login did not complete.");
        await using var db = host.App.CreateDbContext();
        db.Users.Count().ShouldBe(0);
    }
}

/// <summary>With password log-in switched off, the browser sees only the provider's button, and a forged post fails.</summary>
[Trait("Category", "E2E")]
[Collection(BrowserGroup.Name)]
public class PasswordLoginOffJourneyTests(OidcOnlyHostFixture host, BrowserFixture browser) : IClassFixture<OidcOnlyHostFixture>, IAsyncLifetime
{
    private IBrowserContext? _context;

    private IPage Page { get; set; } = default!;

    public async ValueTask InitializeAsync()
    {
        await host.ResetAsync();
        _context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = host.App.BaseAddress.ToString() });
        _context.SetDefaultTimeout(15_000);
        Page = await _context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_context is not null)
        {
            await _context.DisposeAsync();
        }
    }

    [Fact]
    public async Task LoginPage_HasNoPasswordForm_AndAForgedPasswordPostIsRefused()
    {
        var user = await new TestData(host.App).UserAsync(HybridTrainer.Data.Identity.AppRoles.Athlete, name: "Pat Password");

        await Page.GotoAsync("/account/login");
        await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Sign in with Gym Login" })).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByLabel("Password")).ToHaveCountAsync(0);
        await Assertions.Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Log in" })).ToHaveCountAsync(0);

        // The post a script or an old tab would send, with this page's own antiforgery token and the right password.
        var token = await Page.Locator("input[name=__RequestVerificationToken]").First.GetAttributeAsync("value");
        var response = await Page.APIRequest.PostAsync("/account/login", new()
        {
            Form = Page.APIRequest.CreateFormData()
                .Set("__RequestVerificationToken", token!)
                .Set("_handler", "login")
                .Set("Input.Email", user.Email!)
                .Set("Input.Password", TestData.Password),
        });

        (await response.TextAsync()).ShouldContain("Password log-in is switched off here, so nothing was done.");
        await Page.GotoAsync("/");
        await Assertions.Expect(Page.GetByTestId("signed-in-as")).ToHaveCountAsync(0);
    }
}
