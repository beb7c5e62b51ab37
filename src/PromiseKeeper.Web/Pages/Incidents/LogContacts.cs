using System.Globalization;
using System.Text.Json;
using Mediator;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Incidents;

/// <summary>
/// The clients' active contacts on the Log form: a select grouped by client (it works without JavaScript, and the
/// handler copies the chosen contact into the contact fields left empty), plus the same contacts as JSON for the script
/// that shows only the chosen client's and fills the fields as soon as one is picked.
/// </summary>
public static class LogContacts
{
    public sealed record Contact(int Id, int ClientId, string ClientName, string Name, string? Title, string? Email);

    /// <summary>Every active contact, by client name then contact name (one statement).</summary>
    public static async Task<IReadOnlyList<Contact>> ActiveAsync(PromiseKeeperDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await (from x in db.ClientContacts.AsNoTracking()
                      where x.IsActive
                      join c in db.Clients on x.ClientId equals c.Id
                      orderby c.Name, x.Name, x.Id
                      select new Contact(x.Id, x.ClientId, c.Name, x.Name, x.Title, x.Email))
            .ToListAsync(cancellationToken);
    }

    public static IReadOnlyList<SelectListItem> Options(IReadOnlyList<Contact> contacts)
    {
        ArgumentNullException.ThrowIfNull(contacts);
        var groups = new Dictionary<int, SelectListGroup>();
        return [.. contacts.Select(c => new SelectListItem(
            c.Title is null ? c.Name : $"{c.Name} ({c.Title})",
            c.Id.ToString(CultureInfo.InvariantCulture))
        {
            Group = groups.TryGetValue(c.ClientId, out var group) ? group : groups[c.ClientId] = new SelectListGroup { Name = c.ClientName },
        })];
    }

    /// <summary>contact id → client id, name, role and email, for contact-picker.js.</summary>
    public static string Json(IReadOnlyList<Contact> contacts)
    {
        ArgumentNullException.ThrowIfNull(contacts);
        return JsonSerializer.Serialize(contacts.ToDictionary(
            c => c.Id.ToString(CultureInfo.InvariantCulture),
            c => new { client = c.ClientId, name = c.Name, role = c.Title, email = c.Email }));
    }

    /// <summary>The contact chosen on the Log form, to copy into the fields left empty.</summary>
    [AuthorizeRequest(RequestAccess.LogIncidents)]
    public sealed record Chosen(int ContactId) : IQuery<ChosenContact>;

    /// <param name="Contact">Null when unknown or no longer active.</param>
    public sealed record ChosenContact(Contact? Contact);

    public sealed class ChosenHandler(PromiseKeeperDbContext db) : IQueryHandler<Chosen, ChosenContact>
    {
        public async ValueTask<ChosenContact> Handle(Chosen query, CancellationToken cancellationToken) =>
            new(await (from x in db.ClientContacts.AsNoTracking()
                   where x.Id == query.ContactId && x.IsActive
                   join c in db.Clients on x.ClientId equals c.Id
                   select new Contact(x.Id, x.ClientId, c.Name, x.Name, x.Title, x.Email))
                .SingleOrDefaultAsync(cancellationToken));
    }
}
