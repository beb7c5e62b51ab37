using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace PromiseKeeper.Tests.Shared;

/// <summary>
/// A TCP relay in front of the test PostgreSQL that a test can switch off (connections refused, open ones cut) and on
/// again on the same port: a database outage and its end, without stopping the server the other tests share.
/// </summary>
public sealed class TcpProxy : IAsyncDisposable
{
    private readonly string _targetHost;
    private readonly int _targetPort;
    private readonly List<TcpClient> _open = [];
    private TcpListener? _listener;
    private CancellationTokenSource _stop = new();

    private TcpProxy(string targetHost, int targetPort)
    {
        (_targetHost, _targetPort) = (targetHost, targetPort);
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
    }

    public int Port { get; }

    /// <summary>The connection string of the database, through the relay; a relay that is not started yet.</summary>
    public static (TcpProxy Proxy, string ConnectionString) For(string connectionString)
    {
        var direct = new NpgsqlConnectionStringBuilder(connectionString);
        var proxy = new TcpProxy(direct.Host!, direct.Port);
        var relayed = new NpgsqlConnectionStringBuilder(direct.ConnectionString) { Host = "127.0.0.1", Port = proxy.Port };
        return (proxy, relayed.ConnectionString);
    }

    public void Start()
    {
        _stop = new CancellationTokenSource();
        var listener = new TcpListener(IPAddress.Loopback, Port);
        listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        listener.Start();
        _listener = listener;
        _ = AcceptAsync(listener, _stop.Token);
    }

    /// <summary>New connections are refused and open ones cut, as when the server is stopped.</summary>
    public void Stop()
    {
        _stop.Cancel();
        _listener?.Stop();
        _listener = null;
        lock (_open)
        {
            foreach (var client in _open)
            {
                client.Dispose();
            }

            _open.Clear();
        }
    }

    public ValueTask DisposeAsync()
    {
        Stop();
        _stop.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task AcceptAsync(TcpListener listener, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient incoming;
            try
            {
                incoming = await listener.AcceptTcpClientAsync(stop);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            var upstream = new TcpClient();
            lock (_open)
            {
                _open.Add(incoming);
                _open.Add(upstream);
            }

            try
            {
                await upstream.ConnectAsync(_targetHost, _targetPort, stop);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                incoming.Dispose();
                upstream.Dispose();
                continue;
            }

            _ = RelayAsync(incoming, upstream, stop);
            _ = RelayAsync(upstream, incoming, stop);
        }
    }

    private static async Task RelayAsync(TcpClient from, TcpClient to, CancellationToken stop)
    {
        try
        {
            await from.GetStream().CopyToAsync(to.GetStream(), stop);
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or SocketException or ObjectDisposedException or InvalidOperationException)
        {
            // Cut by Stop, or the other side went away: either way this connection is over.
        }
        finally
        {
            from.Dispose();
            to.Dispose();
        }
    }
}
