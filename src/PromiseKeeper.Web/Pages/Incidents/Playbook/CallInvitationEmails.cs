using System.Linq.Expressions;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Infrastructure.Calendars;
using PromiseKeeper.Web.Infrastructure.Mail;

namespace PromiseKeeper.Web.Pages.Incidents.Playbook;

/// <summary>The incident owner, who organises the call: read with the incident for the invitation's ORGANIZER and the Reply-To.</summary>
public sealed class CallOrganizer
{
    public string? Name { get; init; }

    public string? Email { get; init; }
}

/// <summary>
/// Emails the call's calendar invitation, its updates and its cancellation to the attendees: each email goes into the
/// outbox on the handler's DbContext, so it commits with the change (and the incident's record of what was emailed) or not
/// at all, and goes once. The UID is the call's; the SEQUENCE its revision (<see cref="ScheduledCall.InviteSequence"/>).
/// </summary>
public sealed class CallInvitationEmails(PromiseKeeperDbContext db)
{
    /// <summary>The owner's name and email, as scalar subqueries of the statement that loads the incident.</summary>
    public Expression<Func<Incident, CallOrganizer>> Organizer => i => new CallOrganizer
    {
        Name = db.Users.Where(u => u.Id == i.OwnerId).Select(u => u.DisplayName).FirstOrDefault(),
        Email = db.Users.Where(u => u.Id == i.OwnerId).Select(u => u.Email).FirstOrDefault(),
    };

    /// <summary>
    /// Emails the planned call's invitation (or, when one was emailed before, its update) to every attendee, and a
    /// cancellation to anyone who held it and is no longer listed. With <paramref name="requestEmail"/> (it goes to the
    /// client with this first invitation) that text is the email's body.
    /// </summary>
    /// <returns>The addresses emailed; none when they already hold this revision.</returns>
    /// <exception cref="InvalidOperationException">When an attendee has no sendable address (the validator refuses that first).</exception>
    public IReadOnlyList<string> SendInvitation(Incident incident, CallOrganizer organizer, ChangeBy by, string? requestEmail)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(organizer);
        ArgumentNullException.ThrowIfNull(by);
        var call = incident.Call ?? throw new InvalidOperationException("The incident has no call.");
        if (call.EmailedSequence == call.InviteSequence)
        {
            return [];
        }

        var recipients = InvitationRecipients.Of(call.Attendees);
        if (!recipients.AllSendable)
        {
            throw new InvalidOperationException("Every attendee needs an email address before the invitation is emailed.");
        }

        var invitation = InvitationOf(incident, organizer, by.Now);
        var kind = call.EmailedSequence is null ? CallInvitationMailKind.Invitation : CallInvitationMailKind.Update;
        var calendar = CallInvitationCalendar.Write(invitation);
        foreach (var to in recipients.Recipients)
        {
            EmailOutbox.Enqueue(db, CallInvitationMail.Compose(invitation, calendar, kind, to, requestEmail), by.Now);
        }

        var removed = call.EmailedAddresses.Where(a => !recipients.Addresses.Contains(a, StringComparer.OrdinalIgnoreCase)).ToList();
        if (removed.Count > 0)
        {
            // Someone taken off the list: their calendar drops the call (same UID and revision, METHOD:CANCEL).
            var cancellation = invitation with { IsCancelled = true, Attendees = removed };
            SendCancellation(cancellation, removed, by.Now);
        }

        incident.RecordCallInvitationEmailed(recipients.Addresses, by.Actor, by.Now);
        return recipients.Addresses;
    }

    /// <summary>When the change cancelled a call whose invitation was emailed, everyone who held it gets the cancellation.</summary>
    public void SendCancellationIfEmailed(Incident incident, CallOrganizer organizer, ChangeBy by)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(by);
        if (incident.Call is not { IsCancelled: true, EmailedTo: not null, EmailedInvitationBehind: true } call)
        {
            return;
        }

        var invitation = InvitationOf(incident, organizer, by.Now);
        SendCancellation(invitation, call.EmailedAddresses, by.Now);
        incident.RecordCallCancellationEmailed(by.Actor, by.Now);
    }

    private void SendCancellation(CallInvitation cancellation, IReadOnlyList<string> addresses, DateTimeOffset now)
    {
        var calendar = CallInvitationCalendar.Write(cancellation);
        var names = InvitationRecipients.Of(string.Join(';', cancellation.Attendees)).Recipients;
        foreach (var address in addresses)
        {
            var to = names.FirstOrDefault(r => string.Equals(r.Address, address, StringComparison.OrdinalIgnoreCase)) ?? new EmailRecipient(address);
            EmailOutbox.Enqueue(db, CallInvitationMail.Compose(cancellation, calendar, CallInvitationMailKind.Cancellation, to), now);
        }
    }

    private static CallInvitation InvitationOf(Incident incident, CallOrganizer organizer, DateTimeOffset now) =>
        CallInviteModel.Handler.InvitationFor(incident, organizer.Name ?? string.Empty, organizer.Email, now)
        ?? throw new InvalidOperationException("The incident has no planned or cancelled call.");
}
