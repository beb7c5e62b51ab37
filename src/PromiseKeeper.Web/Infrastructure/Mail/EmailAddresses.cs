using MimeKit;

namespace PromiseKeeper.Web.Infrastructure.Mail;

/// <summary>Whether an address can be sent to at all: one mailbox with a local part and a domain.</summary>
public static class EmailAddresses
{
    public static bool IsSendable(string address) =>
        !string.IsNullOrWhiteSpace(address)
        && MailboxAddress.TryParse(ParserOptions.Default, address, out var mailbox)
        && string.IsNullOrEmpty(mailbox.Name)
        && mailbox.LocalPart.Length > 0
        && mailbox.Domain.Length > 0
        && mailbox.Address == address.Trim();
}
