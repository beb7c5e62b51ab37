using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Incidents;

/// <summary>
/// Downloads an evidence document of an incident the user may see. Always as an attachment with the
/// content type checked at upload, so a browser never renders an uploaded file in the app's origin.
/// </summary>
public sealed class EvidenceDownloadModel(IMediator mediator, IAuditLog audit) : PageModel
{
    public async Task<IActionResult> OnGetAsync(long id, Guid evidenceId, CancellationToken cancellationToken)
    {
        var document = await mediator.Send(new Query(id, evidenceId), cancellationToken);
        if (document is null)
        {
            return NotFound();
        }

        if (document.ContractReference is not null)
        {
            await audit.RecordAsync(
                AuditAction.ContractIncidentViewed,
                AuditTexts.DownloadedEvidence,
                AuditSubject.Incident(id),
                id,
                cancellationToken);
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        return File(document.Bytes, document.ContentType, document.FileName);
    }

    [AuthorizeRequest(RequestAccess.ReadIncident)]
    public sealed record Query(long IncidentId, Guid EvidenceId) : IQuery<Document?>;

    public sealed record Document(string FileName, string ContentType, byte[] Bytes, string? ContractReference);

    public sealed class Handler(PromiseKeeperDbContext db, ICurrentUser user) : IQueryHandler<Query, Document?>
    {
        public async ValueTask<Document?> Handle(Query query, CancellationToken cancellationToken) =>
            await (from content in db.EvidenceDocumentContents.AsNoTracking()
                   join incident in db.Incidents.VisibleTo(user) on content.Evidence.IncidentId equals incident.Id
                   where content.EvidenceItemId == query.EvidenceId && incident.Id == query.IncidentId
                   select new Document(content.Evidence.FileName!, content.Evidence.ContentType!, content.Bytes, incident.ContractReference))
                  .SingleOrDefaultAsync(cancellationToken);
    }
}
