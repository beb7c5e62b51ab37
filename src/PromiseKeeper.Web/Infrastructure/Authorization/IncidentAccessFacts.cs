using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Web.Infrastructure.Authorization;

/// <summary>What access to an incident depends on: who owns it, its team, and whether a contract is involved.</summary>
public sealed record IncidentAccessFacts(string OwnerId, int? TeamId, bool IsContractLinked)
{
    public static IncidentAccessFacts Of(Incident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        return new(incident.OwnerId, incident.TeamId, incident.IsContractLinked);
    }
}
