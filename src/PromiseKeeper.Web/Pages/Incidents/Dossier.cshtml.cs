using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PromiseKeeper.Web.Pages.Incidents;

/// <summary>
/// An incident's dossier for legal and client reviews: the whole record on one printable page (docs/adr/0024).
/// It reads the incident as the incident page does (<see cref="DetailsModel.Query"/>: the same access, the same two
/// statements) and shows it read-only; opening a contract-linked one is audited like the incident page.
/// </summary>
public sealed class DossierModel(IMediator mediator) : PageModel, IShowsIncident
{
    public IncidentHeader? ShownIncident => Dossier is null
        ? null
        : new(Dossier.View.Incident.Id, Dossier.View.Incident.Summary, Dossier.View.ClientName, Dossier.View.Incident.Stage, Dossier.View.Incident.ContractReference, Dossier.View.Incident.Version);

    public IncidentDossier Dossier { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var view = await mediator.Send(new DetailsModel.Query(id), cancellationToken) ?? throw new NotFoundException();
        Dossier = IncidentDossier.Of(view);
        return Page();
    }
}
