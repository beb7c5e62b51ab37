using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Infrastructure.Mail;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Mail;

/// <summary>
/// One app instance's email delivery: a service provider of its own (its own connection pool) with the app's
/// registration (<see cref="MailSetup.AddEmailDelivery"/>), on the test database and the tests' clock, sending to a
/// loopback SMTP port. Two of them are two instances.
/// </summary>
public sealed class DeliveryWorker : IAsyncDisposable
{
    public static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(30);

    private readonly ServiceProvider _services;
    private readonly OutgoingEmailDelivery _worker;
    private bool _stopped;

    private DeliveryWorker(ServiceProvider services)
    {
        _services = services;
        _worker = services.GetServices<IHostedService>().OfType<OutgoingEmailDelivery>().Single();
    }

    public static async Task<DeliveryWorker> StartAsync(WebAppFixture app, int smtpPort, int batchSize = 20)
    {
        ArgumentNullException.ThrowIfNull(app);
        var connectionString = app.Factory.Services.GetRequiredService<IConfiguration>().GetConnectionString("PromiseKeeper")!;
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Mail:Host"] = "127.0.0.1",
                ["Mail:Port"] = smtpPort.ToString(CultureInfo.InvariantCulture),
                ["Mail:Security"] = nameof(MailSecurity.None),
                ["Mail:FromAddress"] = "promisekeeper@example.test",
                ["Mail:PollInterval"] = "00:00:00.100",
                ["Mail:BatchSize"] = batchSize.ToString(CultureInfo.InvariantCulture),
                ["Mail:RetryDelay"] = RetryDelay.ToString(),
                ["Mail:Timeout"] = "00:00:10",
            })
            .Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(app.Clock)
            .AddDbContextPool<PromiseKeeperDbContext>(options =>
                options.UseNpgsql(DatabaseConnectionString.WithAppDefaults(connectionString), ReadRetryingExecutionStrategy.Apply))
            .AddEmailDelivery(configuration)
            .BuildServiceProvider();
        var worker = new DeliveryWorker(services);
        await worker._worker.StartAsync(CancellationToken.None);
        return worker;
    }

    /// <summary>
    /// Waits until the worker has looked for due emails twice more, so "and nothing more happens" is seen, not slept on.
    /// </summary>
    public Task TwoMoreRoundsAsync()
    {
        var start = _worker.RoundsFinished;
        return Outbox.WaitUntilAsync(() => Task.FromResult(_worker.RoundsFinished >= start + 2), "the worker looked for due emails twice more");
    }

    /// <summary>Stops it as the host does at shutdown: the email being sent goes, the rest stays for others.</summary>
    public async Task StopAsync()
    {
        if (!_stopped)
        {
            _stopped = true;
            await _worker.StopAsync(CancellationToken.None);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await _services.DisposeAsync();
    }
}
