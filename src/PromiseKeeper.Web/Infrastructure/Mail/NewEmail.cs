namespace PromiseKeeper.Web.Infrastructure.Mail;

/// <summary>Who an email goes to: an address and the name to show beside it (may be empty).</summary>
public sealed record EmailRecipient(string Address, string? Name = null);

/// <summary>A text/calendar part: the iCalendar text and its method (REQUEST for an invitation or update, CANCEL).</summary>
public sealed record CalendarPart(string Content, string Method);

/// <summary>
/// An email to put in the outbox: plain text and HTML of the same message, and optionally a calendar part.
/// <paramref name="Kind"/> says what it is about, for admins and logs (e.g. "retro-sent-back").
/// </summary>
public sealed record NewEmail(EmailRecipient To, string Kind, string Subject, string TextBody, string HtmlBody, CalendarPart? Calendar = null)
{
    /// <summary>Where replies go (a person the email is sent for, such as a call's organiser); the From stays the app's sender.</summary>
    public EmailRecipient? ReplyTo { get; init; }
}
