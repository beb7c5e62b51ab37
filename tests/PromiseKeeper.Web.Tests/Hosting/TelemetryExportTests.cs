using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Hosting;

/// <summary>Traces leave the app over OTLP only when an endpoint is configured.</summary>
public sealed class TelemetryExportTests(WebAppFixture app) : WebAppTest(app)
{
    [Fact]
    public async Task With_an_OTLP_endpoint_the_request_traces_are_exported_to_it()
    {
        using var collector = new TcpListener(IPAddress.Loopback, 0);
        collector.Start();
        using var stop = new CancellationTokenSource();
        var traces = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var serving = ServeAsync(collector, traces, stop.Token);
        var connectionString = App.Factory.Services.GetRequiredService<IConfiguration>().GetConnectionString("PromiseKeeper")!;

        await using (var root = new PromiseKeeperFactory(connectionString, App.Clock, App.Sql))
        await using (var host = root.WithWebHostBuilder(builder =>
        {
            builder.UseSetting(Observability.OtlpEndpointSetting, $"http://127.0.0.1:{((IPEndPoint)collector.LocalEndpoint).Port}");
            builder.UseSetting("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf");
        }))
        {
            using var http = host.CreateClient();
            using var page = await http.GetAsync(new Uri("/Account/Login", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }

        // Stopping the host flushed what was still queued.
        await traces.Task.WaitAsync(TimeSpan.FromSeconds(20));
        await stop.CancelAsync();
        await serving;
    }

    /// <summary>A fake collector: answers every request with 200, and completes <paramref name="traces"/> on one for traces.</summary>
    private static async Task ServeAsync(TcpListener collector, TaskCompletionSource traces, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await collector.AcceptTcpClientAsync(stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            using (client)
            {
                var stream = client.GetStream();
                var buffer = new byte[64 * 1024];
                var read = await stream.ReadAsync(buffer, stop);
                if (Encoding.ASCII.GetString(buffer, 0, read).StartsWith("POST /v1/traces ", StringComparison.Ordinal))
                {
                    traces.TrySetResult();
                }

                await stream.WriteAsync("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"u8.ToArray(), stop);
            }
        }
    }
}
