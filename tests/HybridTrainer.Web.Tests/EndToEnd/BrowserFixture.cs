using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(HybridTrainer.Web.Tests.EndToEnd.BrowserFixture))]

namespace HybridTrainer.Web.Tests.EndToEnd;

/// <summary>
/// One headless Debian Chromium for the whole run, driven by Playwright with no browser download.
/// CHROMIUM_PATH points elsewhere when the machine's Chromium lives elsewhere (CI runners use Chrome).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    public async ValueTask InitializeAsync()
    {
        var executable = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"No Chromium at {executable}: run ./scripts/test.sh (it installs Debian's chromium) or set CHROMIUM_PATH.");
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
            ],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
