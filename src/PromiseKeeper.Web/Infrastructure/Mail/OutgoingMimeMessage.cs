using MimeKit;
using MimeKit.Text;

namespace PromiseKeeper.Web.Infrastructure.Mail;

/// <summary>An outbox row as a MIME message: text and HTML as alternatives, and the calendar part beside them when there is one.</summary>
public static class OutgoingMimeMessage
{
    public static MimeMessage From(OutgoingEmail email, MailOptions options)
    {
        ArgumentNullException.ThrowIfNull(email);
        ArgumentNullException.ThrowIfNull(options);
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(options.FromName, options.FromAddress));
        message.To.Add(new MailboxAddress(email.RecipientName, email.RecipientAddress));
        if (email.ReplyToAddress is { } replyTo)
        {
            message.ReplyTo.Add(new MailboxAddress(email.ReplyToName, replyTo));
        }

        message.Subject = email.Subject;
        message.Date = email.CreatedAt;
        // The same id on every attempt: a receiver that got it twice (a crash between SMTP and COMMIT) can tell.
        message.MessageId = MessageIdOf(email.Id, options.FromAddress);

        var body = new MultipartAlternative
        {
            new TextPart(TextFormat.Plain) { Text = email.TextBody },
            new TextPart(TextFormat.Html) { Text = email.HtmlBody },
        };
        if (email.CalendarContent is { } calendar)
        {
            var part = new TextPart("calendar") { Text = calendar };
            part.ContentType.Charset = "utf-8";
            part.ContentType.Parameters.Add("method", email.CalendarMethod ?? "REQUEST");
            body.Add(part);
        }

        message.Body = body;
        return message;
    }

    public static string MessageIdOf(Guid id, string fromAddress)
    {
        var at = fromAddress.LastIndexOf('@');
        var domain = at >= 0 && at < fromAddress.Length - 1 ? fromAddress[(at + 1)..] : "promisekeeper.local";
        return $"{id:N}@{domain}";
    }
}
