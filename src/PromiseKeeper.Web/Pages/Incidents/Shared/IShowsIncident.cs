namespace PromiseKeeper.Web.Pages.Incidents.Shared;

/// <summary>A page that shows one incident; <see cref="ContractIncidentViewAudit"/> records who opened a contract-linked one.</summary>
public interface IShowsIncident
{
    /// <summary>The incident the page loaded, or null when it did not get that far.</summary>
    IncidentHeader? ShownIncident { get; }
}
