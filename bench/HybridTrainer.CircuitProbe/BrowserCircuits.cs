using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;

namespace HybridTrainer.CircuitProbe;

/// <summary>
/// Memory per idle interactive circuit on the week page: Chromium pages held open in one signed-in context, the app's
/// heap after a forced full collection at each step, the least-squares slope, then the heap once every page is closed.
/// </summary>
internal sealed class BrowserCircuits(ProbeSettings settings, AppSession app)
{
    private const int Warmup = 3;
    private static readonly TimeSpan PageTimeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan ReleaseTimeout = TimeSpan.FromSeconds(ProbeSettings.Number("BENCH_CIRCUITS_RELEASE_SECONDS", 240));

    public async Task<IReadOnlyList<ResultRow>> RunAsync(IReadOnlyList<int> steps, CancellationToken cancellationToken)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                // Hundreds of pages of one site: a few shared renderers instead of one process each keep Chromium's own
                // memory and CPU in check; timers stay unthrottled so SignalR keep-alives reach the server in time.
                "--renderer-process-limit=4", "--disable-renderer-backgrounding", "--disable-background-timer-throttling",
                "--disable-backgrounding-occluded-windows", "--disable-extensions",
            ],
        });
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = settings.BaseUrl.ToString() });
        context.SetDefaultTimeout((float)PageTimeout.TotalMilliseconds);
        await context.AddCookiesAsync(app.Cookies.GetAllCookies().Select(c => new Cookie
        {
            Name = c.Name,
            Value = c.Value,
            Domain = settings.BaseUrl.Host,
            Path = c.Path,
            HttpOnly = c.HttpOnly,
            Secure = c.Secure,
        }));

        // Warm-up: the first pages compile and cache what every later page shares; that is not per-circuit memory.
        var pages = new List<IPage>();
        await OpenAsync(context, pages, Warmup, cancellationToken);
        await CloseAsync(pages, cancellationToken);
        var baseline = await app.WaitForCircuitsAsync(open => open == 0, ReleaseTimeout, cancellationToken);
        Console.WriteLine($"baseline: {baseline}");

        var points = new List<(int Circuits, HeapFigures Heap)> { (baseline.OpenCircuits, baseline) };
        foreach (var step in steps)
        {
            var clock = Stopwatch.StartNew();
            await OpenAsync(context, pages, step - pages.Count, cancellationToken);
            // Every page is interactive, so its circuit is open; the count only confirms the server sees them all.
            var figures = await app.WaitForCircuitsAsync(open => open >= step, TimeSpan.FromSeconds(30), cancellationToken);
            Console.WriteLine(FormattableString.Invariant($"{pages.Count} pages ({clock.Elapsed.TotalSeconds:F0} s): {figures}"));
            points.Add((figures.OpenCircuits, figures));
        }

        var slopeKb = Slope(points.Select(p => ((double)p.Circuits, p.Heap.TotalMemoryBytes / 1024d)).ToList());
        var heapSlopeKb = Slope(points.Select(p => ((double)p.Circuits, p.Heap.HeapSizeBytes / 1024d)).ToList());
        Console.WriteLine(FormattableString.Invariant($"slope: {slopeKb:F1} KB per circuit (live bytes), {heapSlopeKb:F1} KB (heap size)"));

        var closing = Stopwatch.StartNew();
        await CloseAsync(pages, cancellationToken);
        var after = await app.WaitForCircuitsAsync(open => open == 0, ReleaseTimeout, cancellationToken);
        Console.WriteLine(FormattableString.Invariant($"after closing ({closing.Elapsed.TotalSeconds:F0} s): {after}"));

        var ratio = after.LiveMegabytes / baseline.LiveMegabytes;
        var rows = new List<ResultRow>
        {
            new("memory per idle circuit (week page)", null, Math.Round(slopeKb, 1), null, "≤ 250 KB", slopeKb <= 250, "KB"),
        };
        rows.AddRange(points.Select(p => new ResultRow(
            string.Create(CultureInfo.InvariantCulture, $"heap with {p.Circuits} circuits (context)"), null, Math.Round(p.Heap.LiveMegabytes, 1), null, "", null, "MB")));
        rows.Add(new("circuits still open after closing the pages", null, after.OpenCircuits, null, "0", after.OpenCircuits == 0, "circuits"));
        rows.Add(new("heap after closing vs baseline", Math.Round(baseline.LiveMegabytes, 1), Math.Round(after.LiveMegabytes, 1), Math.Round(ratio, 3), "≤ 1.10", ratio <= 1.10, "MB"));
        return rows;
    }

    /// <summary>Opens the week page in new tabs, a few at a time, each until its circuit is interactive.</summary>
    private static async Task OpenAsync(IBrowserContext context, List<IPage> pages, int count, CancellationToken cancellationToken)
    {
        var opened = new IPage[count];
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken }, async (i, _) =>
        {
            var page = await context.NewPageAsync();
            opened[i] = page;
            await page.GotoAsync("week");
            await page.Locator("[data-interactive=true]").WaitForAsync();
        });
        pages.AddRange(opened);
    }

    /// <summary>
    /// Leaves each page as a user would (navigating away fires blazor.web.js's pagehide handler, whose disconnect beacon
    /// ends the circuit at once), then closes the tab. Closing tabs directly sent no beacon for about a fifth of them,
    /// leaving away for about one in twenty; those circuits wait out the server's retention of disconnected circuits
    /// (3 minutes), which the caller waits for.
    /// </summary>
    private static async Task CloseAsync(List<IPage> pages, CancellationToken cancellationToken)
    {
        await Parallel.ForEachAsync(pages, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken }, async (page, _) =>
        {
            await page.GotoAsync("about:blank");
            await page.CloseAsync();
        });
        pages.Clear();
    }

    /// <summary>Least-squares slope of y over x.</summary>
    internal static double Slope(IReadOnlyList<(double X, double Y)> points)
    {
        var meanX = points.Average(p => p.X);
        var meanY = points.Average(p => p.Y);
        var covariance = points.Sum(p => (p.X - meanX) * (p.Y - meanY));
        var variance = points.Sum(p => (p.X - meanX) * (p.X - meanX));
        return variance == 0 ? double.NaN : covariance / variance;
    }
}
