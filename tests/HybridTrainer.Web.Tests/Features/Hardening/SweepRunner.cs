using System.Collections.Concurrent;
using System.Diagnostics;

namespace HybridTrainer.Web.Tests.Features.Hardening;

/// <summary>Sends a sweep's requests a few at a time and collects every answer that breaks <see cref="AnswerChecks"/>.</summary>
public sealed class SweepRunner(HttpClient client)
{
    public int Sent { get; private set; }

    /// <summary>Requests HttpClient would not build or send (a CR/LF or non-ASCII header value, a URL it refuses).</summary>
    public int RefusedByTheClient { get; private set; }

    /// <summary>4xx answers Kestrel gave before the app saw the request (request line too long, malformed Host).</summary>
    public int RefusedByTheServer { get; private set; }

    public TimeSpan Elapsed { get; private set; }

    public ConcurrentQueue<string> Failures { get; } = new();

    public async Task RunAsync(IReadOnlyList<SweepRequest> requests, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        int sent = 0, refusedByClient = 0, refusedByServer = 0;
        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken }, async (request, ct) =>
        {
            HttpRequestMessage? message;
            try
            {
                message = request.ToMessage(client.BaseAddress!);
            }
            catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
            {
                message = null;
            }

            if (message is null)
            {
                Interlocked.Increment(ref refusedByClient);
                return;
            }

            using (message)
            {
                HttpResponseMessage response;
                try
                {
                    response = await client.SendAsync(message, ct);
                }
                catch (HttpRequestException e) when (RefusedBeforeSending(e))
                {
                    Interlocked.Increment(ref refusedByClient);
                    return;
                }
                catch (HttpRequestException e)
                {
                    Failures.Enqueue($"{request}: no answer ({e.Message})");
                    return;
                }

                using (response)
                {
                    Interlocked.Increment(ref sent);
                    var body = await response.Content.ReadAsStringAsync(ct);
                    if (!AnswerChecks.ByTheApp(response))
                    {
                        Interlocked.Increment(ref refusedByServer);
                    }

                    if (AnswerChecks.Problem(message, response, body, request.HostForged) is { } problem)
                    {
                        Failures.Enqueue($"{request}: {problem}");
                    }
                }
            }
        });
        Sent += sent;
        RefusedByTheClient += refusedByClient;
        RefusedByTheServer += refusedByServer;
        Elapsed += watch.Elapsed;
    }

    // SocketsHttpHandler checks header values as it writes them: new lines and non-Latin-1 characters never leave the client.
    private static bool RefusedBeforeSending(HttpRequestException e)
    {
        var text = e.ToString();
        return text.Contains("New-line", StringComparison.OrdinalIgnoreCase) || text.Contains("ASCII", StringComparison.OrdinalIgnoreCase)
            || text.Contains("Latin", StringComparison.OrdinalIgnoreCase) || text.Contains("header", StringComparison.OrdinalIgnoreCase) && e.InnerException is FormatException or ArgumentException;
    }
}
