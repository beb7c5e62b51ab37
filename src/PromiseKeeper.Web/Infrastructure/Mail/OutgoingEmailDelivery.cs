using Microsoft.Extensions.Options;

namespace PromiseKeeper.Web.Infrastructure.Mail;

/// <summary>
/// Sends the outbox: batch after batch while there is more due, then a pause of <see cref="MailOptions.PollInterval"/>.
/// Every instance of the app runs one; the row locks of <see cref="EmailBatchDelivery"/> keep them from sending an
/// email twice. A failure (database or mail server down) is logged and the next round tries again: the app keeps working.
/// </summary>
public sealed class OutgoingEmailDelivery(EmailBatchDelivery batches, IOptions<MailOptions> mailOptions, ILogger<OutgoingEmailDelivery> logger)
    : BackgroundService
{
    private readonly MailOptions _options = mailOptions.Value;
    private int _roundsFinished;

    /// <summary>How many rounds (one look for due emails, whatever it found or however it failed) have finished since the start.</summary>
    public int RoundsFinished => Volatile.Read(ref _roundsFinished);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Delivers)
        {
            logger.LogInformation(_options.Enabled
                ? "Email delivery is off: no mail server is configured (Mail:Host); emails wait in the outbox"
                : "Email delivery is off (Mail:Enabled is false); emails wait in the outbox");
            return;
        }

        logger.LogInformation("Delivering email through {Host}:{Port} every {PollInterval}", _options.Host, _options.Port, _options.PollInterval);
        while (!stoppingToken.IsCancellationRequested)
        {
            var claimed = 0;
            try
            {
                claimed = await batches.DeliverDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Email delivery failed this round; the emails stay in the outbox for the next");
            }

            Interlocked.Increment(ref _roundsFinished);

            if (claimed < _options.BatchSize)
            {
                try
                {
                    await Task.Delay(_options.PollInterval, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
