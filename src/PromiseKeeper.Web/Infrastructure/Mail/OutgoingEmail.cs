namespace PromiseKeeper.Web.Infrastructure.Mail;

/// <summary>Where an email of the outbox stands.</summary>
public enum OutgoingEmailState
{
    /// <summary>Waits for its next attempt (the first one, or a retry while the mail server was down).</summary>
    Pending,

    /// <summary>The mail server accepted it.</summary>
    Sent,

    /// <summary>It can never go: the address is not valid, or the mail server refused the recipient or the message for good.</summary>
    Failed,
}

/// <summary>
/// One email in the outbox: written in the same transaction as the change it tells about (<see cref="EmailOutbox"/>),
/// delivered over SMTP by <see cref="OutgoingEmailDelivery"/>, which takes each row under a row lock so it goes once.
/// </summary>
public sealed class OutgoingEmail
{
    public const int AddressMaxLength = 320;
    public const int NameMaxLength = 200;
    public const int SubjectMaxLength = 300;
    public const int KindMaxLength = 60;
    public const int CalendarMethodMaxLength = 20;
    public const int ErrorMaxLength = 500;

    public Guid Id { get; private set; }

    public string RecipientAddress { get; private set; } = string.Empty;

    public string RecipientName { get; private set; } = string.Empty;

    /// <summary>Where replies go, when not to the app's sender (a call invitation's organiser); null otherwise.</summary>
    public string? ReplyToAddress { get; private set; }

    public string? ReplyToName { get; private set; }

    public string Subject { get; private set; } = string.Empty;

    public string TextBody { get; private set; } = string.Empty;

    public string HtmlBody { get; private set; } = string.Empty;

    /// <summary>A text/calendar part (an invitation, its update or cancellation), or null.</summary>
    public string? CalendarContent { get; private set; }

    /// <summary>The iCalendar method of <see cref="CalendarContent"/>: REQUEST or CANCEL.</summary>
    public string? CalendarMethod { get; private set; }

    /// <summary>What the email is about, for admins and logs (e.g. "retro-sent-back"); never shown to the recipient.</summary>
    public string Kind { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }

    public OutgoingEmailState State { get; private set; }

    /// <summary>How many times delivery was tried.</summary>
    public int Attempts { get; private set; }

    /// <summary>When the delivery worker may next take it (only while <see cref="OutgoingEmailState.Pending"/>).</summary>
    public DateTimeOffset NextAttemptAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    /// <summary>Why the last attempt failed, shortened; never the message content.</summary>
    public string? LastError { get; private set; }

    internal static OutgoingEmail Create(NewEmail email, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        RecipientAddress = email.To.Address.Trim(),
        RecipientName = email.To.Name?.Trim() ?? string.Empty,
        ReplyToAddress = string.IsNullOrWhiteSpace(email.ReplyTo?.Address) ? null : email.ReplyTo.Address.Trim(),
        ReplyToName = string.IsNullOrWhiteSpace(email.ReplyTo?.Address) ? null : email.ReplyTo.Name?.Trim(),
        Subject = email.Subject,
        TextBody = email.TextBody,
        HtmlBody = email.HtmlBody,
        CalendarContent = email.Calendar?.Content,
        CalendarMethod = email.Calendar?.Method,
        Kind = email.Kind,
        CreatedAt = now,
        State = OutgoingEmailState.Pending,
        NextAttemptAt = now,
    };

    internal void MarkSent(DateTimeOffset now)
    {
        Attempts++;
        State = OutgoingEmailState.Sent;
        SentAt = now;
        LastError = null;
    }

    internal void RetryLater(DateTimeOffset now, string error, RetrySchedule schedule)
    {
        Attempts++;
        NextAttemptAt = now + schedule.DelayAfter(Attempts);
        LastError = Shorten(error);
    }

    internal void Fail(string error)
    {
        Attempts++;
        State = OutgoingEmailState.Failed;
        LastError = Shorten(error);
    }

    private static string Shorten(string error) =>
        error.Length <= ErrorMaxLength ? error : string.Concat(error.AsSpan(0, ErrorMaxLength - 1), "…");
}
