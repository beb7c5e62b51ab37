using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain.Clients;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Incidents.Shared;

/// <summary>
/// An incident as a page reads it: the header, the aggregate read-only with the child collections the page needs
/// (set to write to the client in the client's language), its client's loyalty and its owner.
/// </summary>
public sealed record IncidentRead(IncidentHeader Header, Incident Incident, LoyaltyLevel ClientLoyalty, string OwnerName, string? OwnerEmail)
{
    /// <summary>The owner's phone number from their profile, for the voicemail draft; null when not set.</summary>
    public string? OwnerPhone { get; init; }
}

public static class IncidentReading
{
    /// <summary>
    /// At most two statements whatever the incident holds: the incident (with its owned one-to-one parts), its client
    /// and owner; then the collections named in <paramref name="children"/> (e.g. <c>nameof(Incident.Options)</c>) at
    /// once (<see cref="IncidentChildren"/>), when any are named. The others stay empty.
    /// </summary>
    /// <exception cref="NotFoundException">When the incident does not exist or the user may not see it.</exception>
    public static async Task<IncidentRead> ReadAsync(
        this PromiseKeeperDbContext db, long id, ICurrentUser user, IReadOnlyCollection<string> children, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(children);
        var row = await (from i in db.Incidents.AsNoTracking().VisibleTo(user)
                         where i.Id == id
                         join c in db.Clients on i.ClientId equals c.Id
                         join o in db.Users on i.OwnerId equals o.Id
                         select new { Incident = i, ClientName = c.Name, c.Loyalty, ClientLanguage = c.Language, OwnerName = o.DisplayName, OwnerEmail = o.Email, OwnerPhone = o.PhoneNumber })
                        .SingleOrDefaultAsync(cancellationToken)
                  ?? throw new NotFoundException();
        var incident = row.Incident;
        incident.WriteToClientIn(row.ClientLanguage);
        if (children.Count > 0)
        {
            await db.LoadChildrenAsync(incident, children, cancellationToken);
        }

        var header = new IncidentHeader(incident.Id, incident.Summary, row.ClientName, incident.Stage, incident.ContractReference, incident.Version);
        return new IncidentRead(header, incident, row.Loyalty, row.OwnerName, row.OwnerEmail) { OwnerPhone = row.OwnerPhone };
    }
}
