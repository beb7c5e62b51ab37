namespace PromiseKeeper.Web.Pages.Incidents.Shared;

/// <summary>What an incident's stage page reads: at least the header every incident page shows.</summary>
public interface IIncidentView
{
    IncidentHeader Header { get; }
}
