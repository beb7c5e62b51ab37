using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Infrastructure.Mail;

/// <summary>
/// One round of delivery: in one transaction, claim a batch of due emails (<see cref="DueEmails"/>), send them over
/// one SMTP connection, record each outcome, commit. The row locks end with the transaction or with the connection,
/// so an instance that dies mid-batch leaves its rows to the others.
/// </summary>
public sealed class EmailBatchDelivery(
    IServiceScopeFactory scopes,
    IOptions<MailOptions> mailOptions,
    TimeProvider clock,
    ILogger<EmailBatchDelivery> logger)
{
    private readonly MailOptions _options = mailOptions.Value;

    /// <summary>Delivers one batch; returns how many emails it claimed (fewer than the batch size: the outbox is drained).</summary>
    /// <param name="stoppingToken">Stops before the next email is begun; what was sent is still recorded and committed.</param>
    public async Task<int> DeliverDueAsync(CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PromiseKeeperDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(stoppingToken);
        var due = await DueEmails.ClaimAsync(db, clock.GetUtcNow(), _options.BatchSize, stoppingToken);
        if (due.Count == 0)
        {
            return 0;
        }

        await SendAsync(due, stoppingToken);
        // From here on the batch records what it did even when the app is stopping: an email sent but not marked
        // would go again.
        await db.SaveChangesAsync(CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
        return due.Count;
    }

    private async Task SendAsync(List<OutgoingEmail> due, CancellationToken stoppingToken)
    {
        using var smtp = new SmtpClient { Timeout = (int)_options.Timeout.TotalMilliseconds };
        try
        {
            await smtp.ConnectAsync(_options.Host!, _options.Port, SocketOptions(_options.Security), stoppingToken);
            if (!string.IsNullOrEmpty(_options.UserName))
            {
                await smtp.AuthenticateAsync(_options.UserName, _options.Password ?? string.Empty, stoppingToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "The mail server {Host}:{Port} cannot be reached; {Count} emails wait for a retry", _options.Host, _options.Port, due.Count);
            var now = clock.GetUtcNow();
            due.ForEach(email => email.RetryLater(now, SmtpFailures.Describe(ex), _options.Retries));
            return;
        }

        foreach (var email in due)
        {
            // Stopping or the connection dropped: the emails not begun stay pending and due; the commit frees them.
            if (stoppingToken.IsCancellationRequested || !smtp.IsConnected)
            {
                break;
            }

            await SendOneAsync(smtp, email);
        }

        if (smtp.IsConnected)
        {
            try
            {
                await smtp.DisconnectAsync(quit: true, CancellationToken.None);
            }
            catch (Exception ex)
            {
                // The emails were accepted already; only the goodbye failed.
                logger.LogDebug(ex, "QUIT to the mail server failed");
            }
        }
    }

    private async Task SendOneAsync(SmtpClient smtp, OutgoingEmail email)
    {
        if (!EmailAddresses.IsSendable(email.RecipientAddress))
        {
            email.Fail("The recipient's address is not a valid email address.");
            logger.LogWarning("Outgoing email {EmailId} ({Kind}) failed: the recipient's address is not valid", email.Id, email.Kind);
            return;
        }

        try
        {
            // Not cancelled by a stop: a message cut off halfway may or may not have been accepted.
            await smtp.SendAsync(OutgoingMimeMessage.From(email, _options), CancellationToken.None);
            email.MarkSent(clock.GetUtcNow());
        }
        catch (Exception ex) when (SmtpFailures.IsPermanent(ex))
        {
            email.Fail(SmtpFailures.Describe(ex));
            logger.LogWarning("Outgoing email {EmailId} ({Kind}) failed for good: {Reason}", email.Id, email.Kind, email.LastError);
        }
        catch (Exception ex)
        {
            email.RetryLater(clock.GetUtcNow(), SmtpFailures.Describe(ex), _options.Retries);
            logger.LogWarning(ex, "Outgoing email {EmailId} ({Kind}) was not sent; retry after {NextAttemptAt}", email.Id, email.Kind, email.NextAttemptAt);
        }
    }

    private static SecureSocketOptions SocketOptions(MailSecurity security) => security switch
    {
        MailSecurity.None => SecureSocketOptions.None,
        MailSecurity.StartTls => SecureSocketOptions.StartTls,
        MailSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };
}
