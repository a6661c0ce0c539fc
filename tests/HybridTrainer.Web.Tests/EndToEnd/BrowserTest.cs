using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace HybridTrainer.Web.Tests.EndToEnd;

/// <summary>A fresh browser context (no cookies) per test, on the shared running app.</summary>
[Trait("Category", "E2E")]
[Collection(BrowserGroup.Name)]
public abstract class BrowserTest(BrowserHostFixture host, BrowserFixture browser) : HostTest(host)
{
    private IBrowserContext? _context;

    protected IPage Page { get; private set; } = default!;

    /// <summary>Where the browser opens the app: the address Kestrel reports, unless a test needs the site by a name.</summary>
    protected virtual Uri SiteAddress => App.BaseAddress;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        _context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = SiteAddress.ToString() });
        _context.SetDefaultTimeout(15_000);
        Page = await _context.NewPageAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        if (_context is not null)
        {
            await _context.DisposeAsync();
        }

        await base.DisposeAsync();
    }

    /// <summary>Saves a picture of the page for the README when HT_SCREENSHOTS_DIR is set; a no-op in ordinary runs.</summary>
    protected async Task ScreenshotAsync(string name)
    {
        if (Environment.GetEnvironmentVariable("HT_SCREENSHOTS_DIR") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{name}.png"), FullPage = true });
        }
    }

    /// <summary>From the plan page: preview next week's block and keep it, as an athlete would.</summary>
    protected async Task KeepABlockAsync()
    {
        await Page.GotoAsync("/plan");
        await Page.Locator("[data-interactive=true]").WaitForAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Keep this block" }).ClickAsync();
    }

    protected async Task LogInAsync(string email, string password)
    {
        await Page.GotoAsync("/account/login");
        await Page.GetByLabel("E-mail").FillAsync(email);
        await Page.GetByLabel("Password").FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
    }
}
