using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Evidence;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Incidents.Playbook;

/// <summary>
/// Evidence of where the promise came from: pasted text (an email, a chat) and uploaded documents. Possible at any open stage.
/// </summary>
/// <remarks>
/// The app caps requests at 1 MB (<see cref="RequestLimits"/>); this page raises the caps for itself. Razor Pages
/// apply these attributes only on the page model class, not per handler, so the paste form gets them too: it needs
/// the larger form value limit anyway, for up to 50,000 pasted characters URL-encoded. A RequestFormLimits
/// attribute replaces the app's form options as a whole, so every limit that matters is set here again.
/// </remarks>
[RequestSizeLimit(UploadEvidence.MaxRequestBytes)]
[RequestFormLimits(
    MultipartBodyLengthLimit = UploadEvidence.MaxRequestBytes,
    ValueLengthLimit = PastedTextFormValueBytes,
    ValueCountLimit = RequestLimits.MaxFormFields)]
public sealed class EvidenceModel(IMediator mediator) : PageModel, IReloadsFormOnError, IShowsIncident
{
    public IncidentHeader? ShownIncident => Header;

    /// <summary>The longest pasted text the domain accepts, URL-encoded (at most 9 bytes per character: %XX%XX%XX).</summary>
    public const int PastedTextFormValueBytes = EvidenceItem.PastedTextMaxLength * 9;

    /// <summary>The prefix of the upload form's fields.</summary>
    public const string UploadPrefix = nameof(Upload);

    // Two forms, one page. The paste form is the page's Data, so FormErrorsPageFilter maps its errors as on every
    // other form page. The upload form binds to Upload: its domain errors (bad file, long title) are caught in
    // OnPostUploadAsync and put next to the upload fields, so they never land on the paste form's Data.Title.
    // Concurrency conflicts and 404/403 still go through the filters for both.
    [BindProperty]
    public AddPastedEvidence.Command Data { get; set; } = new();

    [BindProperty]
    public UploadEvidence.Command Upload { get; set; } = new();

    public IncidentHeader Header { get; private set; } = null!;

    public IReadOnlyList<EvidenceRow> Evidence { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostPasteAsync(long id, CancellationToken cancellationToken)
    {
        await mediator.Send(Data with { Id = id }, cancellationToken);
        TempData[StatusMessage.Key] = $"Added \"{Data.Title?.Trim()}\" (pasted text) to the evidence.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostUploadAsync(long id, CancellationToken cancellationToken)
    {
        try
        {
            var added = await mediator.Send(Upload with { Id = id }, cancellationToken);
            TempData[StatusMessage.Key] = $"Added \"{added.Title}\" ({added.FileName}, {EvidenceRow.SizeText(added.SizeBytes)}) to the evidence.";
            return RedirectToPage(new { id });
        }
        catch (DomainException ex)
        {
            if (ex.Violations.Count == 0)
            {
                ModelState.AddModelError(string.Empty, ex.Message);
            }

            foreach (var violation in ex.Violations)
            {
                ModelState.AddModelError($"{UploadPrefix}.{violation.Field}", violation.Message);
            }

            await LoadAsync(id, cancellationToken);
            return Page();
        }
    }

    public Task LoadFormLookupsAsync(CancellationToken cancellationToken) =>
        LoadAsync(this.IncidentId(), cancellationToken);

    private async Task LoadAsync(long id, CancellationToken cancellationToken)
    {
        var view = await mediator.Send(new Query(id), cancellationToken);
        (Header, Evidence) = (view.Header, view.Evidence);

        // Each form posts the version it was shown with. The form that was posted keeps its posted value (the
        // hidden field shows what is in ModelState), so a conflict is still reported; the other one is fresh.
        Data = Data with { Version = Header.Version };
        Upload = Upload with { Version = Header.Version };
    }

    [AuthorizeRequest(RequestAccess.ReadIncident)]
    public sealed record Query(long Id) : IQuery<EvidenceView>;

    public sealed record EvidenceView(IncidentHeader Header, IReadOnlyList<EvidenceRow> Evidence);

    public sealed class QueryHandler(PromiseKeeperDbContext db, ICurrentUser user) : IQueryHandler<Query, EvidenceView>
    {
        public async ValueTask<EvidenceView> Handle(Query query, CancellationToken cancellationToken) =>
            new(await db.HeaderAsync(query.Id, user, cancellationToken), await db.EvidenceRowsAsync(query.Id, user, cancellationToken));
    }

    /// <summary>The 10 MB limit as the page states it.</summary>
    public static string MaxSizeText => EvidenceRow.SizeText(EvidenceFileCheck.MaxSizeBytes);
}
