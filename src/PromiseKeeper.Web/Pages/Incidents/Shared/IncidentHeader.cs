using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Incidents.Shared;

/// <summary>What every playbook page shows at the top: which incident, for whom, and where it stands.</summary>
public sealed record IncidentHeader(long Id, string Summary, string ClientName, PlaybookStage Stage, string? ContractReference, uint Version)
{
    public bool IsContractLinked => ContractReference is not null;

    public bool IsOpen => PlaybookTransitions.IsOpen(Stage);
}

public static class IncidentHeaderQuery
{
    /// <exception cref="NotFoundException">When the incident does not exist or the user may not see it.</exception>
    public static async Task<IncidentHeader> HeaderAsync(this PromiseKeeperDbContext db, long id, ICurrentUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await (from i in db.Incidents.AsNoTracking().VisibleTo(user)
                      join c in db.Clients on i.ClientId equals c.Id
                      where i.Id == id
                      select new IncidentHeader(i.Id, i.Summary, c.Name, i.Stage, i.ContractReference, i.Version))
                     .SingleOrDefaultAsync(cancellationToken)
               ?? throw new NotFoundException();
    }
}
