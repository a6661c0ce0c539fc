using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HybridTrainer.CircuitProbe.Headless;

/// <summary>
/// One Blazor Server circuit without a browser, doing what blazor.web.js does for a prerendered page on the .NET 10
/// hub: StartCircuit, UpdateRootComponents with the page's markers, an OnRenderCompleted ack for every JS.RenderBatch,
/// an answer to every JS.BeginInvokeJS, OnLocationChanged after a navigateTo, and a click as the browser sends it:
/// BeginInvokeDotNetFromJS("DispatchEventAsync") on the renderer's interop object (the hub has no event method).
/// </summary>
internal sealed class HeadlessCircuit : IAsyncDisposable
{
    private const string NavigateTo = "Blazor._internal.navigationManager.navigateTo";
    private const string AttachRendererInterop = "Blazor._internal.attachWebRendererInterop";

    // Answers the page's JS calls need to carry on; null for everything else (void calls and unused results).
    private static readonly Dictionary<string, string> JsResults = new(StringComparer.Ordinal)
    {
        ["mudpopoverHelper.countProviders"] = "1",
    };

    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(300);

    private readonly HubConnection _connection;
    private readonly HttpClient _http;
    private readonly PrerenderedPage _page;
    private readonly ButtonHandlerTracker? _next;
    private readonly TaskCompletionSource _firstRender = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private string? _secret;
    private TaskCompletionSource? _clickFailed;
    private volatile bool _navigated;
    private long _lastRender;
    private long _jsObjects;
    private long _rendererInterop = -1;
    private long _calls;

    public HeadlessCircuit(HttpClient http, CookieContainer cookies, PrerenderedPage page, bool findNext)
    {
        _http = http;
        _page = page;
        var baseUrl = http.BaseAddress!;
        _next = findNext ? new ButtonHandlerTracker("Next") : null;
        var builder = new HubConnectionBuilder()
            .WithUrl(new Uri(baseUrl, "_blazor"), options =>
            {
                options.Cookies = cookies;
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
            });
        builder.Services.RemoveAll<IHubProtocol>();
        builder.Services.AddSingleton<IHubProtocol, BlazorPackProtocol>();
        _connection = builder.Build();
        // Thousands of connections on two shared cores: pings may come late; the server's own timeout still applies.
        _connection.ServerTimeout = TimeSpan.FromMinutes(2);
        _connection.On("JS.RenderBatch", [typeof(long), typeof(byte[])], OnRenderBatch);
        _connection.On("JS.BeginInvokeJS", [typeof(long), typeof(string), typeof(string), typeof(int), typeof(long), typeof(int)], OnBeginInvokeJS);
        _connection.On("JS.EndInvokeDotNet", [typeof(string), typeof(bool), typeof(string)], args =>
        {
            // The click's answer: a failed dispatch (bad handler id, bad arguments) fails the click at once.
            Trace($"EndInvokeDotNet {args[0]} {args[1]} {args[2]}");
            if (args[1] is false)
            {
                _clickFailed?.TrySetException(new InvalidOperationException($"The click failed: {args[2]}"));
            }

            return Task.CompletedTask;
        });
        _connection.On("JS.Error", [typeof(string)], args =>
        {
            Trace($"JS.Error {args[0]}");
            _firstRender.TrySetException(new InvalidOperationException($"JS.Error: {args[0]}"));
            return Task.CompletedTask;
        });
        _connection.Closed += error =>
        {
            Closed = true;
            _firstRender.TrySetException(new InvalidOperationException("The connection closed.", error));
            _clickFailed?.TrySetException(new InvalidOperationException("The connection closed.", error));
            return Task.CompletedTask;
        };
    }

    /// <summary>The week page's "Next" button, once the first render showed it.</summary>
    public ulong? NextHandler => _next?.Handler;

    public bool Closed { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await _connection.StartAsync(cancellationToken);
        var baseUri = new Uri(_page.Address, "/").ToString();
        _secret = await _connection.InvokeAsync<string?>("StartCircuit", baseUri, _page.Address.ToString(), "[]", _page.ApplicationState, cancellationToken);
        if (string.IsNullOrEmpty(_secret))
        {
            throw new InvalidOperationException("StartCircuit was refused.");
        }

        await _connection.SendAsync("UpdateRootComponents", _page.AddOperations(), _page.ApplicationState, cancellationToken);
        await _firstRender.Task.WaitAsync(TimeSpan.FromSeconds(60), cancellationToken);
    }

    /// <summary>
    /// Clicks "Next" and returns the time from the click to the last render of the new week: the page renders once when
    /// the location changes and again when its data is in, so the click ends with the last batch before 300 ms of quiet.
    /// </summary>
    public async Task<TimeSpan> ClickNextAsync(CancellationToken cancellationToken)
    {
        var handler = NextHandler ?? throw new InvalidOperationException("No Next button seen.");
        var renderer = Interlocked.Read(ref _rendererInterop);
        if (renderer < 0)
        {
            throw new InvalidOperationException("The renderer's interop object was never attached.");
        }

        var failed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _navigated = false;
        _clickFailed = failed;
        Interlocked.Exchange(ref _lastRender, 0);
        var started = Stopwatch.GetTimestamp();
        var descriptor = JsonSerializer.Serialize(new { eventHandlerId = handler, eventName = "click", eventFieldInfo = (object?)null });
        const string mouse = """{"type":"click","detail":1,"screenX":0,"screenY":0,"clientX":0,"clientY":0,"offsetX":0,"offsetY":0,"pageX":0,"pageY":0,"movementX":0,"movementY":0,"button":0,"buttons":0,"ctrlKey":false,"shiftKey":false,"altKey":false,"metaKey":false}""";
        Trace($"click {descriptor}");
        var callId = Interlocked.Increment(ref _calls).ToString(CultureInfo.InvariantCulture);
        await _connection.SendAsync("BeginInvokeDotNetFromJS", callId, null, "DispatchEventAsync", renderer, $"[{descriptor},{mouse}]", cancellationToken);
        var deadline = started + (30 * Stopwatch.Frequency);
        while (true)
        {
            await Task.WhenAny(failed.Task, Task.Delay(50, cancellationToken));
            cancellationToken.ThrowIfCancellationRequested();
            if (failed.Task.IsFaulted)
            {
                await failed.Task;
            }

            var last = Interlocked.Read(ref _lastRender);
            if (last != 0 && Stopwatch.GetElapsedTime(last) >= Quiet)
            {
                _clickFailed = null;
                return Stopwatch.GetElapsedTime(started, last);
            }

            if (Stopwatch.GetTimestamp() > deadline)
            {
                throw new TimeoutException("No render of the next week within 30 s.");
            }
        }
    }

    private async Task OnRenderBatch(object?[] args)
    {
        var batchId = Convert.ToInt64(args[0], CultureInfo.InvariantCulture);
        Trace($"render batch {batchId}, {(args[1] as byte[])?.Length} bytes");
        if (_next is not null && args[1] is byte[] batch)
        {
            _next.Read(batch);
            Trace($"Next button handler {_next.Handler}");
        }

        // The click's own render comes first; the new week is the render after the location changed.
        if (_navigated && _clickFailed is not null)
        {
            Interlocked.Exchange(ref _lastRender, Stopwatch.GetTimestamp());
        }

        await _connection.SendAsync("OnRenderCompleted", batchId, null);
        if (_next is null || _next.Handler is not null)
        {
            _firstRender.TrySetResult();
        }
    }

    private async Task OnBeginInvokeJS(object?[] args)
    {
        var handle = Convert.ToInt64(args[0], CultureInfo.InvariantCulture);
        var identifier = (string?)args[1] ?? "";
        Trace($"JS {identifier} {args[2]} resultType={args[3]}");

        var resultType = Convert.ToInt32(args[3], CultureInfo.InvariantCulture);
        // JSCallResultType.JSObjectReference: a module or object the component calls later, so it must not be null.
        var result = resultType == 1
            ? $"{{\"__jsObjectId\":{Interlocked.Increment(ref _jsObjects)}}}"
            : JsResults.GetValueOrDefault(identifier, "null");
        await _connection.SendAsync("EndInvokeJSFromDotNet", handle, true, $"[{handle},true,{result}]");

        if (identifier == AttachRendererInterop && args[2] is string attachJson)
        {
            // [rendererId, {"__dotNetObject": id}, ...]: the object events are dispatched to.
            using var attach = JsonDocument.Parse(attachJson);
            Interlocked.Exchange(ref _rendererInterop, attach.RootElement[1].GetProperty("__dotNetObject").GetInt64());
        }

        if (identifier == NavigateTo && args[2] is string argsJson)
        {
            // The browser would now change its address and tell the circuit, which renders the new location.
            using var arguments = JsonDocument.Parse(argsJson);
            var absolute = new Uri(_page.Address, arguments.RootElement[0].GetString()).ToString();
            _navigated = true;
            await _connection.SendAsync("OnLocationChanged", absolute, null, false);
        }
    }

    private static void Trace(string message)
    {
        if (Environment.GetEnvironmentVariable("BENCH_CIRCUITS_TRACE") == "1")
        {
            Console.WriteLine(message);
        }
    }

    /// <summary>Leaves as a closing tab does: the disconnect beacon ends the circuit at once instead of after the retention period.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_secret is not null && !Closed)
        {
            using var form = new FormUrlEncodedContent([new("circuitId", _secret)]);
            try
            {
                using var response = await _http.PostAsync(new Uri("_blazor/disconnect", UriKind.Relative), form);
                Trace($"disconnect {(int)response.StatusCode}");
            }
            catch (HttpRequestException ex)
            {
                // The server is gone or busy: the retention period ends the circuit instead.
                Trace($"disconnect failed: {ex.Message}");
            }
        }

        await _connection.DisposeAsync();
    }
}
