using Microsoft.Extensions.Localization;
using MimeKit;
using PromiseKeeper.Web.Infrastructure.Calendars;
using PromiseKeeper.Web.Infrastructure.Mail;

namespace PromiseKeeper.Web.Pages.Incidents.Playbook;

/// <summary>
/// Who the call's invitation is emailed to, read from the attendees as typed: each entry ("Name &lt;a@b.c&gt;" or "a@b.c")
/// must be one mailbox for MimeKit's parser and for the calendar (<see cref="CalendarAddress"/>), so the email and the
/// invitation's ATTENDEE lines name the same people. Entries without an address, and those that are not one, are kept apart.
/// </summary>
public sealed record InvitationRecipients(IReadOnlyList<EmailRecipient> Recipients, IReadOnlyList<string> WithoutAddress, IReadOnlyList<string> NotAddresses)
{
    /// <summary>Every entry has an address the invitation can go to.</summary>
    public bool AllSendable => Recipients.Count > 0 && WithoutAddress.Count == 0 && NotAddresses.Count == 0;

    public IReadOnlyList<string> Addresses => [.. Recipients.Select(r => r.Address)];

    /// <summary>What keeps the invitation from every attendee, in one message for the attendees field; null when nothing does.</summary>
    /// <param name="localizer">The call page's (its resources hold the texts).</param>
    public string? Problem(IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        string?[] problems =
        [
            NotAddresses.Count > 0
                ? localizer["Not an email address: {0}. Write each attendee as \"Name <name@example.com>\".", string.Join("; ", NotAddresses)].Value
                : null,
            WithoutAddress.Count > 0
                ? localizer["The invitation cannot reach {0} without an email address. Add it as \"Name <name@example.com>\", or remove the entry.", string.Join("; ", WithoutAddress)].Value
                : null,
        ];
        return problems.Any(p => p is not null) ? string.Join(" ", problems.Where(p => p is not null)) : null;
    }

    public static InvitationRecipients Of(string? attendees)
    {
        var recipients = new List<EmailRecipient>();
        var withoutAddress = new List<string>();
        var notAddresses = new List<string>();
        foreach (var entry in CallInviteModel.Handler.SplitAttendees(attendees))
        {
            if (!entry.Contains('@', StringComparison.Ordinal))
            {
                withoutAddress.Add(entry);
            }
            else if (Mailbox(entry) is not { } recipient)
            {
                notAddresses.Add(entry);
            }
            else if (!recipients.Exists(r => string.Equals(r.Address, recipient.Address, StringComparison.OrdinalIgnoreCase)))
            {
                recipients.Add(recipient);
            }
        }

        return new InvitationRecipients(recipients, withoutAddress, notAddresses);
    }

    private static EmailRecipient? Mailbox(string entry)
    {
        if (!MailboxAddress.TryParse(ParserOptions.Default, entry, out var mailbox)
            || !EmailAddresses.IsSendable(mailbox.Address)
            || mailbox.Address.Length > OutgoingEmail.AddressMaxLength
            || CalendarAddress.Parse(entry) is not { } calendar
            || !calendar.HasEmail(mailbox.Address))
        {
            return null;
        }

        var name = CalendarAddress.Clean(mailbox.Name);
        return new EmailRecipient(mailbox.Address, name.Length == 0 ? null : name[..Math.Min(name.Length, OutgoingEmail.NameMaxLength)]);
    }
}
