namespace PromiseKeeper.Domain.Incidents;

/// <summary>How we tell the client: a call (preferred), or a careful email when a call is impossible.</summary>
public enum ContactMode
{
    Call = 0,
    EmailInstead = 1,
}
