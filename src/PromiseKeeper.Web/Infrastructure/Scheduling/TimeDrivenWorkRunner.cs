using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace PromiseKeeper.Web.Infrastructure.Scheduling;

/// <summary>
/// Runs every registered <see cref="ITimeDrivenWork"/> in rounds: each kind batch after batch while it returns a full
/// batch, each batch in a DI scope of its own at the current time, then a pause of <see cref="SchedulerOptions.Interval"/>.
/// Every instance of the app runs one; the row locks the work takes keep two instances from doing an item twice.
/// A failure (database or mail server down) is logged and the round goes on with the next kind: the app keeps working.
/// </summary>
public sealed class TimeDrivenWorkRunner(
    IServiceScopeFactory scopes,
    IOptions<SchedulerOptions> options,
    TimeProvider clock,
    ILogger<TimeDrivenWorkRunner> logger) : BackgroundService
{
    /// <summary>
    /// How long one statement of time-driven work may run. The connection string's 3 s are for pages (a person waiting gets
    /// a 503 within 5 s); nobody waits on a batch, and at a million incidents one can need more (re-queuing the figures of a
    /// client's 20,000 incidents took 0.8 s on a quiet machine), which at 3 s failed the batch again every round.
    /// </summary>
    public static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(60);

    private readonly SchedulerOptions _options = options.Value;
    private int _roundsFinished;

    /// <summary>How many rounds (every kind looked at once, whatever it found or however it failed) have finished since the start.</summary>
    public int RoundsFinished => Volatile.Read(ref _roundsFinished);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Enabled)
        {
            logger.LogInformation("Time-driven work (reminders, digests) is off on this instance (Scheduler:Enabled is false)");
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunRoundAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }

            Interlocked.Increment(ref _roundsFinished);
            try
            {
                await Task.Delay(_options.Interval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One round: every kind until it returns less than a full batch or fails.</summary>
    private async Task RunRoundAsync(CancellationToken stoppingToken)
    {
        int kinds;
        await using (var scope = scopes.CreateAsyncScope())
        {
            kinds = scope.ServiceProvider.GetServices<ITimeDrivenWork>().Count();
        }

        for (var kind = 0; kind < kinds && !stoppingToken.IsCancellationRequested; kind++)
        {
            await RunKindAsync(kind, stoppingToken);
        }
    }

    private async Task RunKindAsync(int kind, CancellationToken stoppingToken)
    {
        var handled = _options.BatchSize;
        while (handled >= _options.BatchSize && !stoppingToken.IsCancellationRequested)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<Data.PromiseKeeperDbContext>();
            db.Database.SetCommandTimeout(CommandTimeout);
            var work = scope.ServiceProvider.GetServices<ITimeDrivenWork>().ElementAt(kind);
            try
            {
                handled = await work.RunOnceAsync(clock.GetUtcNow(), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Time-driven work {Work} failed this round; what it had not finished waits for the next", work.Name);
                return;
            }
            finally
            {
                // The context goes back to the pool; the next page that rents it keeps the connection string's timeout.
                db.Database.SetCommandTimeout((int?)null);
            }
        }
    }
}
