using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace HybridTrainer.CircuitProbe;

/// <summary>The heap probe's answer (POST /bench/heap, Benchmark environment only).</summary>
internal sealed record HeapFigures(long TotalMemoryBytes, long HeapSizeBytes, long FragmentedBytes, long WorkingSetBytes, int OpenCircuits, int ConnectedCircuits)
{
    public double LiveMegabytes => TotalMemoryBytes / 1024d / 1024d;

    public override string ToString() =>
        FormattableString.Invariant($"live {TotalMemoryBytes / 1024d:F0} KB, heap {HeapSizeBytes / 1024d:F0} KB, working set {WorkingSetBytes / 1048576d:F0} MB, circuits {OpenCircuits} open / {ConnectedCircuits} connected");
}

/// <summary>A signed-in HTTP session with the app: the static login form, then the heap probe with the same cookie.</summary>
internal sealed partial class AppSession(ProbeSettings settings) : IDisposable
{
    private readonly CookieContainer _cookies = new();
    private HttpClient? _client;

    public CookieContainer Cookies => _cookies;

    public HttpClient Client => _client ?? throw new InvalidOperationException("Not signed in.");

    public async Task SignInAsync(CancellationToken cancellationToken)
    {
        _client = new HttpClient(new HttpClientHandler { CookieContainer = _cookies, AllowAutoRedirect = false })
        {
            BaseAddress = settings.BaseUrl,
            Timeout = TimeSpan.FromSeconds(60),
        };
        var page = await _client.GetStringAsync(new Uri("account/login", UriKind.Relative), cancellationToken);
        var token = AntiforgeryToken().Match(page);
        if (!token.Success)
        {
            throw new InvalidOperationException("No antiforgery token on the login page.");
        }

        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token.Groups[1].Value,
            ["_handler"] = "login",
            ["Input.Email"] = settings.Email,
            ["Input.Password"] = settings.Password,
        });
        using var response = await _client.PostAsync(new Uri("account/login", UriKind.Relative), form, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString.Contains("login", StringComparison.OrdinalIgnoreCase) == true)
        {
            throw new InvalidOperationException($"Signing in as {settings.Email} failed: {(int)response.StatusCode} {response.Headers.Location}");
        }
    }

    /// <summary>Forces a full compacting collection in the app and returns its figures.</summary>
    public async Task<HeapFigures> HeapAsync(CancellationToken cancellationToken)
    {
        using var response = await Client.PostAsync(new Uri("bench/heap", UriKind.Relative), null, cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"POST /bench/heap answered {(int)response.StatusCode}: is the app running in the Benchmark environment?");
        }

        return await response.Content.ReadFromJsonAsync<HeapFigures>(cancellationToken) ?? throw new InvalidOperationException("Empty heap figures.");
    }

    /// <summary>Polls the heap probe until the app holds at most (or at least) the given number of circuits, or the time runs out.</summary>
    public async Task<HeapFigures> WaitForCircuitsAsync(Func<int, bool> done, TimeSpan limit, CancellationToken cancellationToken)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var figures = await HeapAsync(cancellationToken);
            if (done(figures.OpenCircuits) || waited.Elapsed > limit)
            {
                return figures;
            }

            await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
        }
    }

    public void Dispose() => _client?.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
