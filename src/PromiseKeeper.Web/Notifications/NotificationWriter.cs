using PromiseKeeper.Domain.Clocks;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Infrastructure.Mail;

namespace PromiseKeeper.Web.Notifications;

/// <summary>What a notification says, before it is addressed to someone.</summary>
/// <param name="ActorName">Who did it; empty for what time did (a reminder).</param>
/// <param name="ClockSubject">For a clock's warning or breach: whose clock (a stage's, a check-in's, a measure's).</param>
/// <param name="ClockKind">For a stage clock's warning or breach: which stage.</param>
public sealed record NotificationFacts(
    NotificationKind Kind, long? IncidentId, string ActorName, string? OtherName = null, string? Reason = null, int? Count = null,
    IncidentClockSubject? ClockSubject = null, ClockKind? ClockKind = null);

/// <summary>
/// Adds one notification to the DbContext without saving (so it commits with whatever caused it), keeping the
/// recipient's email choice as it is now; one wanted at once also puts its email in the outbox, in the same DbContext.
/// </summary>
public static class NotificationWriter
{
    public static Notification Write(PromiseKeeperDbContext db, NotificationMails mails, NotificationFacts facts, Recipient recipient, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(mails);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(recipient);
        var notification = new Notification
        {
            RecipientId = recipient.UserId,
            Kind = facts.Kind,
            IncidentId = facts.IncidentId,
            ActorName = Shortened(facts.ActorName, Notification.NameMaxLength)!,
            OtherName = Shortened(facts.OtherName, Notification.NameMaxLength),
            Reason = Shortened(facts.Reason, Notification.ReasonMaxLength),
            Count = facts.Count,
            ClockSubject = facts.ClockSubject,
            ClockKind = facts.ClockKind,
            CreatedAt = now,
            Email = recipient.Choice ?? NotificationDefaults.For(facts.Kind),
        };
        db.Set<Notification>().Add(notification);
        if (notification.Email == NotificationEmail.AtOnce && !string.IsNullOrWhiteSpace(recipient.Address))
        {
            EmailOutbox.Enqueue(db, mails.Compose(notification, recipient), now);
            notification.EmailQueuedAt = now;
        }

        return notification;
    }

    private static string? Shortened(string? text, int maxLength) =>
        text is { Length: > 0 } && text.Length > maxLength ? text[..maxLength] : text;
}
