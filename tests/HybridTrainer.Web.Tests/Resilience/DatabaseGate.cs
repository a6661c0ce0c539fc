using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace HybridTrainer.Web.Tests.Resilience;

/// <summary>
/// A TCP forwarder in front of PostgreSQL that a test can close like a stopped server: open connections are cut and
/// new ones are hung up at once, on the same port, until it is opened again.
/// </summary>
public sealed class DatabaseGate : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly string _targetHost;
    private readonly int _targetPort;
    private readonly ConcurrentDictionary<TcpClient, byte> _open = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private volatile bool _closed;

    public DatabaseGate(string targetHost, int targetPort)
    {
        _targetHost = targetHost;
        _targetPort = targetPort;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public void Close()
    {
        _closed = true;
        foreach (var client in _open.Keys)
        {
            Drop(client);
        }
    }

    public void Open() => _closed = false;

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (_closed)
            {
                client.Client.LingerState = new LingerOption(true, 0); // a reset, like a refused connection
                client.Dispose();
                continue;
            }

            _ = ForwardAsync(client);
        }
    }

    private async Task ForwardAsync(TcpClient client)
    {
        var server = new TcpClient();
        _open.TryAdd(client, 0);
        _open.TryAdd(server, 0);
        try
        {
            await server.ConnectAsync(_targetHost, _targetPort, _stop.Token);
            var clientStream = client.GetStream();
            var serverStream = server.GetStream();
            await Task.WhenAny(clientStream.CopyToAsync(serverStream, _stop.Token), serverStream.CopyToAsync(clientStream, _stop.Token));
        }
        catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // One side went away (or the gate closed it): the other side is dropped below.
        }
        finally
        {
            Drop(client);
            Drop(server);
        }
    }

    private void Drop(TcpClient client)
    {
        if (_open.TryRemove(client, out _))
        {
            try
            {
                client.Client.LingerState = new LingerOption(true, 0);
            }
            catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
            {
                // Already closed.
            }

            client.Dispose();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        Close();
        await _accepting;
        _stop.Dispose();
    }
}
