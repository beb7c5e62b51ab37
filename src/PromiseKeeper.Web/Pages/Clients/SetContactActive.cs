using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PromiseKeeper.Domain;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Clients;

/// <summary>Deactivates a contact (kept for the record, no longer offered on the Log form) or makes them active again.</summary>
public static class SetContactActive
{
    /// <param name="Version">The contact's version when the page was shown: a contact changed since is not overwritten.</param>
    [AuthorizeRequest(RequestAccess.LogIncidents)]
    public sealed record Command(int ClientId, int ContactId, uint Version, bool Active) : ICommand<string>;

    public sealed class Handler(PromiseKeeperDbContext db, ICurrentUser user, IAuditLog audit, IStringLocalizer<DetailsModel> localizer) : ICommandHandler<Command, string>
    {
        public async ValueTask<string> Handle(Command command, CancellationToken cancellationToken)
        {
            user.RequireAnyRole(Roles.AccountManager, Roles.TeamLead);
            var found = await (from c in db.ClientContacts
                               where c.Id == command.ContactId && c.ClientId == command.ClientId
                               join client in db.Clients on c.ClientId equals client.Id
                               select new { Contact = c, ClientName = client.Name })
                .SingleOrDefaultAsync(cancellationToken)
                ?? throw new DomainException(localizer["That contact is no longer on the client's list; the page shows the current contacts."]);
            var contact = found.Contact;
            // Compared in the UPDATE's WHERE clause; a mismatch raises DbUpdateConcurrencyException.
            db.Entry(contact).Property(c => c.Version).OriginalValue = command.Version;
            if (contact.Version != command.Version)
            {
                throw new DbUpdateConcurrencyException("The contact was changed by someone else after the page was shown.");
            }

            if (contact.SetActive(command.Active))
            {
                audit.Add(
                    command.Active ? AuditAction.ClientContactReactivated : AuditAction.ClientContactDeactivated,
                    AuditTexts.Contact(command.Active ? AuditTexts.ContactReactivatedTemplate : AuditTexts.ContactDeactivatedTemplate, contact.Name, found.ClientName),
                    AuditSubject.Client(found.ClientName));
                await db.SaveChangesAsync(cancellationToken);
            }

            return contact.Name;
        }
    }
}
