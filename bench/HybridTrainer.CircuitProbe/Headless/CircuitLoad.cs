using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace HybridTrainer.CircuitProbe.Headless;

/// <summary>
/// Item 5: N idle week-page circuits held without a browser, 1 % of them clicking "Next" every few seconds; the p99
/// from click to the new week's render, and the app's heap per circuit at that scale.
/// </summary>
internal sealed class CircuitLoad(ProbeSettings settings, AppSession app)
{
    private static readonly TimeSpan Hold = TimeSpan.FromSeconds(ProbeSettings.Number("BENCH_CIRCUITS_HOLD_SECONDS", 60));
    private static readonly TimeSpan OpenLimit = TimeSpan.FromSeconds(ProbeSettings.Number("BENCH_CIRCUITS_OPEN_SECONDS", 420));
    private static readonly TimeSpan MarkerAge = TimeSpan.FromSeconds(60);

    public async Task<IReadOnlyList<ResultRow>> RunAsync(int target, CancellationToken cancellationToken)
    {
        var baseline = await app.WaitForCircuitsAsync(open => open == 0, TimeSpan.FromSeconds(60), cancellationToken);
        Console.WriteLine($"baseline: {baseline}");
        var week = new Uri(settings.BaseUrl, "week");
        var page = await PrerenderedPage.LoadAsync(app.Client, week, cancellationToken);
        var pageLoaded = Stopwatch.StartNew();
        var circuits = new ConcurrentBag<HeadlessCircuit>();
        var failures = new ConcurrentDictionary<string, int>();
        using var opening = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        opening.CancelAfter(OpenLimit);
        var clock = Stopwatch.StartNew();
        var gate = new SemaphoreSlim(1);
        try
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, target), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = opening.Token }, async (i, token) =>
            {
                // Markers are time-limited (data protection): one prerender serves many circuits, refreshed each minute.
                if (pageLoaded.Elapsed > MarkerAge)
                {
                    await gate.WaitAsync(token);
                    try
                    {
                        if (pageLoaded.Elapsed > MarkerAge)
                        {
                            page = await PrerenderedPage.LoadAsync(app.Client, week, token);
                            pageLoaded.Restart();
                        }
                    }
                    finally
                    {
                        gate.Release();
                    }
                }

                var circuit = new HeadlessCircuit(app.Client, app.Cookies, page, findNext: i % 100 == 0);
                try
                {
                    await circuit.StartAsync(token);
                    circuits.Add(circuit);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    failures.AddOrUpdate(ex.GetBaseException().Message, 1, (_, n) => n + 1);
                    await circuit.DisposeAsync();
                }

                if ((i + 1) % 500 == 0)
                {
                    Console.WriteLine(FormattableString.Invariant($"{circuits.Count} circuits open after {clock.Elapsed.TotalSeconds:F0} s"));
                }
            });
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Console.WriteLine($"stopped opening after {OpenLimit.TotalSeconds:F0} s");
        }

        var openSeconds = clock.Elapsed.TotalSeconds;
        foreach (var (message, count) in failures)
        {
            Console.WriteLine($"{count} circuits failed: {message}");
        }

        Console.WriteLine(FormattableString.Invariant($"{circuits.Count} circuits open in {openSeconds:F0} s; holding {Hold.TotalSeconds:F0} s with 1 % clicking"));
        var clickers = circuits.Where(c => c.NextHandler is not null).ToList();
        var latencies = new ConcurrentBag<double>();
        var clickFailures = 0;
        using var holding = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        holding.CancelAfter(Hold);
        await Task.WhenAll(clickers.Select(async (clicker, n) =>
        {
            // Think time of 2 to 5 s between clicks, spread so the clickers do not click in step.
            var random = new Random(n);
            while (!holding.IsCancellationRequested)
            {
                try
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(random.Next(2_000, 5_000)), holding.Token);
                    latencies.Add((await clicker.ClickNextAsync(holding.Token)).TotalMilliseconds);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
                catch (Exception ex) when (ex is InvalidOperationException or TimeoutException)
                {
                    Interlocked.Increment(ref clickFailures);
                    failures.AddOrUpdate($"click: {ex.GetBaseException().Message}", 1, (_, n) => n + 1);
                }
            }
        }));

        foreach (var (message, count) in failures.Where(f => f.Key.StartsWith("click:", StringComparison.Ordinal)))
        {
            Console.WriteLine($"{count} × {message}");
        }

        var held = await app.HeapAsync(cancellationToken);
        var alive = circuits.Count(c => !c.Closed);
        Console.WriteLine($"after holding: {held}; {alive} client connections alive");
        var sorted = latencies.Order().ToArray();
        var p50 = Percentile(sorted, 0.50);
        var p99 = Percentile(sorted, 0.99);
        Console.WriteLine(FormattableString.Invariant($"{sorted.Length} clicks ({clickFailures} failed) by {clickers.Count} clickers: p50 {p50:F1} ms, p99 {p99:F1} ms"));
        var perCircuitKb = held.OpenCircuits > 0 ? (held.TotalMemoryBytes - baseline.TotalMemoryBytes) / 1024d / held.OpenCircuits : double.NaN;

        await Parallel.ForEachAsync(circuits, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (c, _) => await c.DisposeAsync());

        return
        [
            // Held: connected on the server and alive on the client after the hold.
            new(string.Create(CultureInfo.InvariantCulture, $"headless idle circuits held (of {target})"), target, Math.Min(held.ConnectedCircuits, alive), Math.Round((double)Math.Min(held.ConnectedCircuits, alive) / target, 3), string.Create(CultureInfo.InvariantCulture, $"≥ {target}"), Math.Min(held.ConnectedCircuits, alive) >= target, "circuits"),
            new("headless click-to-render p99 (1 % clicking Next)", Math.Round(p50, 1), Math.Round(p99, 1), null, "< 200 ms", sorted.Length > 0 && clickFailures == 0 ? p99 < 200 : false, "ms"),
            new("heap per circuit at headless scale (context)", null, Math.Round(perCircuitKb, 1), null, "", null, "KB"),
            new("headless circuits opened per second (context)", null, Math.Round(circuits.Count / openSeconds, 1), null, "", null, "circuits/s"),
        ];
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
