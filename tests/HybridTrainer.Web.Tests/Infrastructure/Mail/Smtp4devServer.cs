using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;

namespace HybridTrainer.Web.Tests.Infrastructure.Mail;

/// <summary>One message as smtp4dev's API lists it.</summary>
public sealed record ReceivedMail(string Id, string From, IReadOnlyList<string> To, string Subject);

/// <summary>
/// A real SMTP server for the tests: the smtp4dev tool pinned in .config/dotnet-tools.json, on free loopback ports,
/// with an in-memory store. The tests read what it received through its web API; the process (tree) is killed on dispose.
/// </summary>
public sealed class Smtp4devServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly string _dataFolder;

    private Smtp4devServer(Process process, int smtpPort, int webPort, string dataFolder)
    {
        _process = process;
        SmtpPort = smtpPort;
        Api = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{webPort}/"), Timeout = TimeSpan.FromSeconds(10) };
        _dataFolder = dataFolder;
    }

    public int SmtpPort { get; }

    public HttpClient Api { get; }

    /// <summary>Starts a server taking mail on <paramref name="port"/>, or on a free port when none is given.</summary>
    public static async Task<Smtp4devServer> StartAsync(int? port = null)
    {
        var root = RepositoryRoot();
        await RunAsync(root, "tool", "restore");
        var (smtpPort, webPort) = (port ?? FreePort(), FreePort());
        var dataFolder = Directory.CreateTempSubdirectory("smtp4dev-").FullName;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["tool", "run", "smtp4dev", "--", $"--smtpport={smtpPort}", $"--urls=http://127.0.0.1:{webPort}",
                     "--db=", "--imapport=", "--pop3port=", "--hostname=localhost", "--bindaddress=127.0.0.1", "--nousersettings",
                     $"--baseappdatapath={dataFolder}"])
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("smtp4dev did not start");
        var server = new Smtp4devServer(process, smtpPort, webPort, dataFolder);
        process.OutputDataReceived += (_, e) => server.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => server.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await server.WaitUntilReadyAsync();
        return server;
    }

    /// <summary>Every message received so far, newest first.</summary>
    public async Task<IReadOnlyList<ReceivedMail>> MessagesAsync()
    {
        var page = await Api.GetFromJsonAsync<MessagePage>("api/messages?pageSize=500");
        return page!.Results;
    }

    /// <summary>Waits (up to 20 s) for a message to the address and returns it with its plain-text body.</summary>
    public async Task<(ReceivedMail Mail, string Text)> WaitForMailToAsync(string address)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var mail = (await MessagesAsync()).FirstOrDefault(m => m.To.Any(t => string.Equals(t, address, StringComparison.OrdinalIgnoreCase)));
            if (mail is not null)
            {
                return (mail, await Api.GetStringAsync($"api/messages/{mail.Id}/plaintext"));
            }

            if (waited.Elapsed > TimeSpan.FromSeconds(20))
            {
                throw new TimeoutException($"No e-mail to {address} arrived within 20 s.");
            }

            await Task.Delay(100);
        }
    }

    public async Task<string> HtmlOfAsync(string id) => await Api.GetStringAsync($"api/messages/{id}/html");

    public async Task DeleteAllAsync() => (await Api.DeleteAsync("api/messages/*")).EnsureSuccessStatusCode();

    public async ValueTask DisposeAsync()
    {
        Api.Dispose();
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or TimeoutException)
        {
            await Console.Error.WriteLineAsync($"[smtp4dev] did not stop cleanly: {ex.Message}");
        }

        _process.Dispose();
        Directory.Delete(_dataFolder, recursive: true);
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }

    private async Task WaitUntilReadyAsync()
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(120))
        {
            if (_process.HasExited)
            {
                break;
            }

            try
            {
                using var response = await Api.GetAsync("api/messages");
                if (response.StatusCode == HttpStatusCode.OK && await SmtpAnswersAsync())
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        string output;
        lock (_output)
        {
            output = _output.ToString();
        }

        await DisposeAsync();
        throw new InvalidOperationException($"smtp4dev did not become ready on ports {SmtpPort}: {output}");
    }

    private async Task<bool> SmtpAnswersAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, SmtpPort);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>A port the system just gave out and took back: free now; smtp4dev (or an app) takes it a moment later.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        arguments.ToList().ForEach(start.ArgumentList.Add);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet {string.Join(' ', arguments)} failed: {await output}{await error}");
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HybridTrainer.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds HybridTrainer.sln.");
    }

    private sealed record MessagePage(List<ReceivedMail> Results);
}
