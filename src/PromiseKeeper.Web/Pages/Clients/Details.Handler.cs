using Mediator;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Figures;

namespace PromiseKeeper.Web.Pages.Clients;

/// <summary>Reads the client page in four statements: the client with its contacts and history, its visible incidents, the bank account (<see cref="ClientBankHistory"/>), and which of its newest changes' incidents the reader may open.</summary>
public sealed class DetailsHandler(PromiseKeeperDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<DetailsModel.Query, DetailsModel.ClientPage?>
{
    public async ValueTask<DetailsModel.ClientPage?> Handle(DetailsModel.Query query, CancellationToken cancellationToken)
    {
        var client = await db.Clients.AsNoTracking()
            .Where(c => c.Id == query.Id)
            .Select(c => new
            {
                c.Id,
                c.Name,
                c.Language,
                c.Loyalty,
                Contacts = db.ClientContacts.Where(x => x.ClientId == c.Id)
                    .OrderByDescending(x => x.IsActive).ThenBy(x => x.Name).ThenBy(x => x.Id)
                    .Select(x => new DetailsModel.ContactRow(x.Id, x.Name, x.Title, x.Email, x.Phone, x.Language, x.IsActive, x.Version))
                    .ToList(),
                History = db.ClientRelationshipChanges.Where(h => h.ClientId == c.Id)
                    .OrderByDescending(h => h.ChangedAt).ThenByDescending(h => h.Id)
                    .Select(h => new DetailsModel.RelationshipRow(h.From, h.To, h.Reason, h.ChangedByName, h.ChangedAt))
                    .ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (client is null)
        {
            return null;
        }

        var incidents = await (from i in db.Incidents.AsNoTracking().VisibleTo(user)
                               where i.ClientId == query.Id
                               join o in db.Users on i.OwnerId equals o.Id
                               orderby i.DiscoveredAt descending, i.Id descending
                               select new DetailsModel.IncidentRow(
                                   i.Id, i.Summary, i.Stage, i.DiscoveredAt, o.DisplayName,
                                   db.Set<IncidentFigures>().Where(f => f.IncidentId == i.Id).Select(f => (Domain.Incidents.Severity?)f.Severity).FirstOrDefault()))
            .Take(DetailsModel.ClientPage.IncidentsShown + 1)
            .ToListAsync(cancellationToken);

        var bank = await ClientBankHistory.ReadAsync(db, query.Id, clock.GetUtcNow(), cancellationToken);
        var behind = bank.Newest.Select(e => e.IncidentId).Distinct().ToList();
        var visible = behind.Count == 0
            ? []
            : await db.Incidents.AsNoTracking().VisibleTo(user).Where(i => behind.Contains(i.Id)).Select(i => i.Id).ToListAsync(cancellationToken);

        return new DetailsModel.ClientPage
        {
            Id = client.Id,
            Name = client.Name,
            Language = client.Language,
            Loyalty = client.Loyalty,
            Contacts = client.Contacts,
            History = client.History,
            Incidents = [.. incidents.Take(DetailsModel.ClientPage.IncidentsShown)],
            HasMoreIncidents = incidents.Count > DetailsModel.ClientPage.IncidentsShown,
            Bank = bank,
            VisibleIncidentIds = visible.ToHashSet(),
            MayEdit = user.IsInRole(Roles.AccountManager) || user.IsInRole(Roles.TeamLead),
        };
    }
}
