using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PromiseKeeper.Domain.Clients;
using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Web.Pages.Clients;

/// <summary>
/// One client: language, relationship and its history, the emotional bank account over time, the contacts, and the
/// client's incidents that the reader may see. Whoever may list incidents opens it; account managers and team leads
/// keep the contacts and the relationship (as they edit clients).
/// </summary>
public sealed class DetailsModel(IMediator mediator, IStringLocalizer<DetailsModel> localizer) : PageModel, IReloadsFormOnError
{
    public ClientPage View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        return Page();
    }

    /// <summary>Stops offering a contact on the Log form (posted from the contacts table).</summary>
    public Task<IActionResult> OnPostDeactivateAsync(int id, int contactId, uint version, CancellationToken cancellationToken) =>
        SetActiveAsync(id, contactId, version, active: false, cancellationToken);

    public Task<IActionResult> OnPostReactivateAsync(int id, int contactId, uint version, CancellationToken cancellationToken) =>
        SetActiveAsync(id, contactId, version, active: true, cancellationToken);

    public Task LoadFormLookupsAsync(CancellationToken cancellationToken) =>
        LoadAsync(int.Parse((string)RouteData.Values["id"]!, System.Globalization.CultureInfo.InvariantCulture), cancellationToken);

    private async Task<IActionResult> SetActiveAsync(int id, int contactId, uint version, bool active, CancellationToken cancellationToken)
    {
        var name = await mediator.Send(new SetContactActive.Command(id, contactId, version, active), cancellationToken);
        TempData[StatusMessage.Key] = (active ? localizer["{0} is offered on the Log form again.", name] : localizer["{0} is deactivated: kept for the record, no longer offered on the Log form.", name]).Value;
        return RedirectToPage(new { id });
    }

    private async Task LoadAsync(int id, CancellationToken cancellationToken) =>
        View = await mediator.Send(new Query(id), cancellationToken) ?? throw new NotFoundException();

    [AuthorizeRequest(RequestAccess.ListIncidents)]
    public sealed record Query(int Id) : IQuery<ClientPage?>;

    public sealed record ContactRow(int Id, string Name, string? Title, string? Email, string? Phone, string? Language, bool IsActive, uint Version);

    public sealed record RelationshipRow(LoyaltyLevel From, LoyaltyLevel To, string Reason, string ChangedByName, DateTimeOffset ChangedAt);

    public sealed record IncidentRow(long Id, string Summary, PlaybookStage Stage, DateTimeOffset DiscoveredAt, string OwnerName, Severity? Severity);

    public sealed record ClientPage
    {
        /// <summary>How many of the client's incidents the page lists; the incident list (filtered by the client) has the rest.</summary>
        public const int IncidentsShown = 25;

        public required int Id { get; init; }

        public required string Name { get; init; }

        public required string Language { get; init; }

        public required LoyaltyLevel Loyalty { get; init; }

        public required IReadOnlyList<ContactRow> Contacts { get; init; }

        /// <summary>Newest first.</summary>
        public required IReadOnlyList<RelationshipRow> History { get; init; }

        /// <summary>Newest first, at most <see cref="IncidentsShown"/>.</summary>
        public required IReadOnlyList<IncidentRow> Incidents { get; init; }

        public required bool HasMoreIncidents { get; init; }

        /// <summary>The standing, the chart's days and the newest changes of the emotional bank account.</summary>
        public required BankHistory Bank { get; init; }

        /// <summary>The incidents behind the newest changes that the reader may open (the others are named without a link).</summary>
        public required IReadOnlySet<long> VisibleIncidentIds { get; init; }

        /// <summary>Account managers and team leads keep the contacts and the relationship.</summary>
        public required bool MayEdit { get; init; }
    }
}
