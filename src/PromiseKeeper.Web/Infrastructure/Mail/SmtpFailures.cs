using MailKit.Net.Smtp;

namespace PromiseKeeper.Web.Infrastructure.Mail;

/// <summary>Which SMTP failures end an email for good; every other failure is retried later.</summary>
public static class SmtpFailures
{
    /// <summary>
    /// A 5xx reply to RCPT TO (no such mailbox, a bad address) or to the message itself: sending it again gets the
    /// same answer. A refused sender is not among them: that is the server's configuration, and every email would fail.
    /// </summary>
    public static bool IsPermanent(Exception exception) =>
        exception is SmtpCommandException { ErrorCode: SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.MessageNotAccepted } command
        && (int)command.StatusCode >= 500;

    /// <summary>A short reason for the admins' backlog page and the log (the server's reply, never the message).</summary>
    public static string Describe(Exception exception) => exception switch
    {
        SmtpCommandException command => $"SMTP {(int)command.StatusCode}: {command.Message}",
        _ => $"{exception.GetType().Name}: {exception.Message}",
    };
}
