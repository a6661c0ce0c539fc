using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace HybridTrainer.Web.Tests.EndToEnd;

/// <summary>
/// A tab left open on a logged-out session stops showing the person's data. Its own app, whose circuits revalidate every
/// 2 s instead of every minute (the wait is real time, not the test clock), so the test need not sit out a minute.
/// </summary>
[Trait("Category", "E2E")]
[Collection(BrowserGroup.Name)]
public sealed class SessionEndJourneyTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly AppFactory _app = new(TestDatabase.NewName("sessionend"), new Dictionary<string, string?>
    {
        ["Authentication:CircuitRevalidationInterval"] = "00:00:02",
    });

    private IBrowserContext? _context;

    [Fact]
    public async Task LogOutInAnotherTab_TheOpenTabOfTheSameSession_StopsShowingTheAccountWithinTheRevalidationInterval()
    {
        var user = await new TestData(_app).UserAsync(AppRoles.Athlete, name: "Open Tab");
        var first = await _context!.NewPageAsync();
        await first.GotoAsync("/account/login");
        await first.GetByLabel("E-mail").FillAsync(user.Email!);
        await first.GetByLabel("Password").FillAsync(TestData.Password);
        await first.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await first.Locator("[data-interactive=true]").WaitForAsync();
        await Assertions.Expect(first.GetByTestId("signed-in-as")).ToHaveTextAsync("Open Tab");

        var second = await _context.NewPageAsync();
        await second.GotoAsync("/");
        await second.Locator("[data-interactive=true]").WaitForAsync();
        await second.GetByRole(AriaRole.Button, new() { Name = "Log out" }).ClickAsync();
        await Assertions.Expect(second.GetByRole(AriaRole.Link, new() { Name = "Log in" }).First).ToBeVisibleAsync();

        await Assertions.Expect(first.GetByTestId("signed-in-as")).ToHaveCountAsync(0, new() { Timeout = 10_000 });
    }

    public async ValueTask InitializeAsync()
    {
        _app.UseKestrel(0);
        _app.StartServer();
        _context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _app.BaseAddress.ToString() });
        _context.SetDefaultTimeout(15_000);
    }

    public async ValueTask DisposeAsync()
    {
        if (_context is not null)
        {
            await _context.DisposeAsync();
        }

        await _app.DisposeAsync();
    }
}
