using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Clients;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Clients;

/// <summary>Adds a contact to a client, or edits one (/Clients/{id}/Contacts/{contactId}); audited, and safe against two people editing at once.</summary>
public sealed class ContactModel(IMediator mediator, IStringLocalizer<ContactModel> localizer) : PageModel, IReloadsFormOnError
{
    [BindProperty]
    public Command Data { get; set; } = new();

    public string ClientName { get; private set; } = string.Empty;

    public bool IsNew => RouteData.Values["contactId"] is null;

    public async Task<IActionResult> OnGetAsync(int id, int? contactId, CancellationToken cancellationToken)
    {
        var form = await mediator.Send(new Query(id, contactId), cancellationToken) ?? throw new NotFoundException();
        ClientName = form.ClientName;
        Data = form.Contact ?? new Command();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int? contactId, CancellationToken cancellationToken)
    {
        var name = await mediator.Send(Data with { ClientId = id, ContactId = contactId }, cancellationToken);
        TempData[StatusMessage.Key] = localizer["{0} is saved.", name].Value;
        return RedirectToPage("Details", new { id });
    }

    public async Task LoadFormLookupsAsync(CancellationToken cancellationToken)
    {
        var id = int.Parse((string)RouteData.Values["id"]!, System.Globalization.CultureInfo.InvariantCulture);
        ClientName = (await mediator.Send(new Query(id, null), cancellationToken) ?? throw new NotFoundException()).ClientName;
    }

    [AuthorizeRequest(RequestAccess.LogIncidents)]
    public sealed record Query(int ClientId, int? ContactId) : IQuery<Form?>;

    /// <param name="Contact">The contact as saved, as a form; null for a new one.</param>
    public sealed record Form(string ClientName, Command? Contact);

    public sealed class QueryHandler(PromiseKeeperDbContext db, ICurrentUser user) : IQueryHandler<Query, Form?>
    {
        public async ValueTask<Form?> Handle(Query query, CancellationToken cancellationToken)
        {
            user.RequireAnyRole(Roles.AccountManager, Roles.TeamLead);
            var found = await db.Clients.AsNoTracking()
                .Where(c => c.Id == query.ClientId)
                .Select(c => new
                {
                    c.Name,
                    Contact = db.ClientContacts.Where(x => x.Id == query.ContactId && x.ClientId == c.Id)
                        .Select(x => new Command { Name = x.Name, Title = x.Title, Email = x.Email, Phone = x.Phone, Language = x.Language, Version = x.Version })
                        .FirstOrDefault(),
                })
                .SingleOrDefaultAsync(cancellationToken);
            return found is null || (query.ContactId is not null && found.Contact is null) ? null : new Form(found.Name, found.Contact);
        }
    }

    [AuthorizeRequest(RequestAccess.LogIncidents)]
    public sealed record Command : ICommand<string>, IDomainInput<ContactDetails>
    {
        public int ClientId { get; init; }

        public int? ContactId { get; init; }

        public string? Name { get; init; }

        public string? Title { get; init; }

        public string? Email { get; init; }

        public string? Phone { get; init; }

        /// <summary>Empty: the client's language.</summary>
        public string? Language { get; init; }

        /// <summary>The contact's version when the form was shown (edits only).</summary>
        public uint? Version { get; init; }

        public Checked<ContactDetails> Parse(DateTimeOffset now) => ClientContact.Parse(Name, Title, Email, Phone, Language);
    }

    public sealed class Handler(PromiseKeeperDbContext db, ICurrentUser user, IAuditLog audit) : ICommandHandler<Command, string>
    {
        public async ValueTask<string> Handle(Command command, CancellationToken cancellationToken)
        {
            user.RequireAnyRole(Roles.AccountManager, Roles.TeamLead);
            var details = command.Parse(DateTimeOffset.MinValue).OrThrow();
            var clientName = await db.Clients.Where(c => c.Id == command.ClientId).Select(c => c.Name).SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException();
            if (command.ContactId is not { } contactId)
            {
                db.ClientContacts.Add(ClientContact.Add(command.ClientId, details));
                audit.Add(AuditAction.ClientContactAdded, AuditTexts.Contact(AuditTexts.ContactAddedTemplate, details.Name, clientName), AuditSubject.Client(clientName));
            }
            else
            {
                var contact = await db.ClientContacts.SingleOrDefaultAsync(c => c.Id == contactId && c.ClientId == command.ClientId, cancellationToken)
                    ?? throw new NotFoundException();
                if (command.Version is { } version)
                {
                    // Compared in the UPDATE's WHERE clause; a mismatch raises DbUpdateConcurrencyException.
                    db.Entry(contact).Property(c => c.Version).OriginalValue = version;
                    if (contact.Version != version)
                    {
                        throw new DbUpdateConcurrencyException("The contact was changed by someone else after the form was opened.");
                    }
                }

                if (contact.Change(details))
                {
                    audit.Add(AuditAction.ClientContactChanged, AuditTexts.Contact(AuditTexts.ContactSavedTemplate, details.Name, clientName), AuditSubject.Client(clientName));
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            return details.Name;
        }
    }
}
