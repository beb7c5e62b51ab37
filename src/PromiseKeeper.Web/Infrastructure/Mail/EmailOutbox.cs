using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Infrastructure.Mail;

/// <summary>
/// Puts an email in the outbox. The row is only added to the caller's DbContext: the caller's own SaveChanges (or
/// transaction) commits the change and its email together, so an email is never sent for a change that did not
/// happen, nor lost for one that did. <see cref="OutgoingEmailDelivery"/> sends it afterwards.
/// </summary>
public static class EmailOutbox
{
    /// <remarks>
    /// The address is not checked here: a bad one must not undo the user's change. Delivery marks it
    /// <see cref="OutgoingEmailState.Failed"/> and admins see it on /Admin/Mail.
    /// </remarks>
    public static OutgoingEmail Enqueue(PromiseKeeperDbContext db, NewEmail email, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(email);
        ArgumentException.ThrowIfNullOrWhiteSpace(email.To.Address);
        ArgumentException.ThrowIfNullOrWhiteSpace(email.Kind);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(email.To.Address.Trim().Length, OutgoingEmail.AddressMaxLength);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(email.To.Name?.Trim().Length ?? 0, OutgoingEmail.NameMaxLength);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(email.Subject.Length, OutgoingEmail.SubjectMaxLength);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(email.Kind.Length, OutgoingEmail.KindMaxLength);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(email.ReplyTo?.Address.Trim().Length ?? 0, OutgoingEmail.AddressMaxLength);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(email.ReplyTo?.Name?.Trim().Length ?? 0, OutgoingEmail.NameMaxLength);
        if (email.Calendar is { } calendar)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(calendar.Method);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(calendar.Method.Length, OutgoingEmail.CalendarMethodMaxLength);
        }

        var row = OutgoingEmail.Create(email, now);
        db.OutgoingEmails.Add(row);
        return row;
    }
}
