using System.Globalization;
using HybridTrainer.CircuitProbe;
using HybridTrainer.CircuitProbe.Headless;

// bench/circuits.sh runs this: "browser [50,100,200]" measures memory per circuit with Chromium pages; "headless N"
// holds N circuits without a browser, 1 % clicking; "heap" prints the app's heap figures once. Settings come
// from the environment (BENCH_URL, BENCH_ATHLETE_EMAIL, BENCH_PASSWORD, BENCH_OUT); rows are appended to BENCH_OUT.
var mode = args.Length > 0 ? args[0] : "browser";
if (mode == "heaptypes")
{
    HeapTypes.Print(int.Parse(args[1], CultureInfo.InvariantCulture), args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 40);
    return 0;
}

var settings = ProbeSettings.FromEnvironment();
using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(ProbeSettings.Number("BENCH_CIRCUITS_MINUTES", 12)));
using var app = new AppSession(settings);
await app.SignInAsync(limit.Token);

if (mode == "heap")
{
    Console.WriteLine(await app.HeapAsync(limit.Token));
    return 0;
}

IReadOnlyList<ResultRow> rows = mode switch
{
    "browser" => await new BrowserCircuits(settings, app).RunAsync(
        [.. (args.Length > 1 ? args[1] : "50,100,200").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))], limit.Token),
    "headless" => await new CircuitLoad(settings, app).RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5000, limit.Token),
    _ => throw new ArgumentException($"unknown mode '{mode}' (browser or headless)"),
};
ResultRow.AppendTo(settings.OutFile, rows);
return 0;
