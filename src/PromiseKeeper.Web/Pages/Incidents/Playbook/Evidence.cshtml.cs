using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
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
public sealed class EvidenceModel(IMediator mediator, IStringLocalizer<EvidenceModel> localizer, IStringLocalizer<EvidenceRow> sizes) : IncidentFormPage<EvidenceModel.EvidenceView, AddPastedEvidence.Command>(mediator)
{
    /// <summary>The longest pasted text the domain accepts, URL-encoded (at most 9 bytes per character: %XX%XX%XX).</summary>
    public const int PastedTextFormValueBytes = EvidenceItem.PastedTextMaxLength * 9;

    /// <summary>The prefix of the upload form's fields.</summary>
    public const string UploadPrefix = nameof(Upload);

    // Two forms, one page. The paste form is the page's Data, so FormErrorsPageFilter maps its errors as on every
    // other form page. The upload form binds to Upload and is sent as a second form: its domain errors (bad file,
    // long title) land next to the upload fields, never on the paste form's Data.Title.
    [BindProperty]
    public UploadEvidence.Command Upload { get; set; } = new();

    public IncidentHeader Header => View.Header;

    public IReadOnlyList<EvidenceRow> Evidence => View.Evidence;

    public Task<IActionResult> OnPostPasteAsync(long id, CancellationToken cancellationToken) =>
        SendAndStayAsync(Data with { Id = id }, localizer["Added \"{0}\" (pasted text) to the evidence.", Data.Title?.Trim() ?? ""], cancellationToken);

    public Task<IActionResult> OnPostUploadAsync(long id, CancellationToken cancellationToken) =>
        SendFormAndStayAsync(UploadPrefix, Upload with { Id = id },
            added => localizer["Added \"{0}\" ({1}, {2}) to the evidence.", added.Title, added.FileName, EvidenceRow.SizeText(added.SizeBytes, sizes)], fragment: null, cancellationToken);

    public override async Task LoadFormLookupsAsync(CancellationToken cancellationToken)
    {
        await base.LoadFormLookupsAsync(cancellationToken);

        // The form that was posted keeps its posted version (the hidden field shows what is in ModelState), so a
        // conflict is still reported; the other one gets the current version.
        Data = Data with { Version = Header.Version };
        Upload = Upload with { Version = Header.Version };
    }

    protected override IQuery<EvidenceView> ViewQuery(long id) => new Query(id);

    protected override AddPastedEvidence.Command FormFrom(EvidenceView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        Upload = new() { Version = view.Header.Version };
        return new() { Version = view.Header.Version };
    }

    [AuthorizeRequest(RequestAccess.ReadIncident)]
    public sealed record Query(long Id) : IQuery<EvidenceView>;

    public sealed record EvidenceView(IncidentHeader Header, IReadOnlyList<EvidenceRow> Evidence) : IIncidentView;

    public sealed class QueryHandler(PromiseKeeperDbContext db, ICurrentUser user) : IQueryHandler<Query, EvidenceView>
    {
        public async ValueTask<EvidenceView> Handle(Query query, CancellationToken cancellationToken) =>
            new(await db.HeaderAsync(query.Id, user, cancellationToken), await db.EvidenceRowsAsync(query.Id, user, cancellationToken));
    }

    /// <summary>The 10 MB limit as the page states it.</summary>
    public string MaxSizeText => EvidenceRow.SizeText(EvidenceFileCheck.MaxSizeBytes, sizes);
}
