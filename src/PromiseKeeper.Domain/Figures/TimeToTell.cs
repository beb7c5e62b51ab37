using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Domain.Figures;

/// <summary>How long the client went without hearing of the broken promise after we knew of it.</summary>
public static class TimeToTell
{
    /// <summary>
    /// From discovery (<see cref="Incident.DiscoveredAt"/>) until the client heard of it, from us or another way
    /// (<see cref="Incident.ClientToldAt"/>). Zero when the client knew no later than we did (they told us, or heard it
    /// elsewhere first): there was nothing to tell them. A client who found out without us and has no time on record heard
    /// it when we did, as mistake A reads it (<see cref="TypicalMistakes"/>). Null while the client has not heard yet, and
    /// when we told them but the time is not on record.
    /// </summary>
    public static TimeSpan? Of(Incident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var heardAt = incident.ClientToldAt
            ?? (incident.FirstDisclosure is FirstDisclosure.ClientToldUs or FirstDisclosure.ClientHeardElsewhere ? incident.DiscoveredAt : null);
        if (heardAt is not { } at)
        {
            return null;
        }

        var span = at - incident.DiscoveredAt;
        return span > TimeSpan.Zero ? span : TimeSpan.Zero;
    }
}
