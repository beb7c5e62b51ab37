using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Mail;
using SmtpServer.Protocol;
using SmtpServer.Storage;
using SmtpServerServices = SmtpServer.ComponentModel.ServiceProvider;

namespace PromiseKeeper.Web.Tests.Mail;

/// <summary>
/// A real SMTP server in the test process (the SmtpServer library) on a loopback port: it keeps every message it
/// accepts, and refuses (550) any recipient whose local part is <see cref="RefusedLocalPart"/>.
/// </summary>
public sealed class TestSmtpServer : IAsyncDisposable
{
    public const string RefusedLocalPart = "no-such-person";

    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;

    // Released once per accepted message, so a waiter wakes when one arrives instead of polling.
    private readonly SemaphoreSlim _arrived = new(0);

    private TestSmtpServer(int port)
    {
        Port = port;
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, port)))
            .Build();
        var services = new SmtpServerServices();
        services.Add(new KeepingStore(Received, _arrived));
        services.Add(new RefusingFilter());
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
    }

    public int Port { get; }

    public ConcurrentQueue<MimeMessage> Received { get; } = new();

    /// <summary>The first message accepted that <paramref name="match"/> holds for, waiting up to <paramref name="timeout"/> for it to arrive.</summary>
    /// <exception cref="TimeoutException">When none arrived in time.</exception>
    public async Task<MimeMessage> WaitForAsync(Func<MimeMessage, bool> match, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(match);
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (Received.FirstOrDefault(match) is { } message)
            {
                return message;
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || !await _arrived.WaitAsync(left))
            {
                throw new TimeoutException($"No such message arrived within {timeout}; {Received.Count} arrived in all.");
            }
        }
    }

    /// <summary>A loopback port nothing listens on (yet): a mail server that is down.</summary>
    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public static async Task<TestSmtpServer> StartAsync(int? port = null)
    {
        var server = new TestSmtpServer(port ?? FreePort());
        await server.WaitUntilListeningAsync();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _running.WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (OperationCanceledException)
        {
            // Stopping is what was asked for.
        }

        _stop.Dispose();
        _arrived.Dispose();
    }

    private async Task WaitUntilListeningAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }
        }
    }

    private sealed class KeepingStore(ConcurrentQueue<MimeMessage> received, SemaphoreSlim arrived) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            received.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            arrived.Release();
            return SmtpResponse.Ok;
        }
    }

    private sealed class RefusingFilter : MailboxFilter
    {
        public override Task<bool> CanDeliverToAsync(ISessionContext context, IMailbox to, IMailbox from, CancellationToken cancellationToken) =>
            Task.FromResult(!string.Equals(to.User, RefusedLocalPart, StringComparison.OrdinalIgnoreCase));
    }
}
