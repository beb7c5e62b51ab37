using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Infrastructure;

namespace PromiseKeeper.Web.Pages.Incidents;

/// <summary>One incident: every recorded field, where it stands in the playbook, and its timeline.</summary>
public sealed class DetailsModel(IMediator mediator) : PageModel
{
    public IncidentView Incident { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var incident = await mediator.Send(new Query(id), cancellationToken);
        if (incident is null)
        {
            return NotFound();
        }

        Incident = incident;
        return Page();
    }

    public sealed record Query(long Id) : IQuery<IncidentView?>;

    public sealed record IncidentView
    {
        public required long Id { get; init; }
        public required string Summary { get; init; }
        public required PlaybookStage Stage { get; init; }
        public required IncidentKind Kind { get; init; }
        public required int ClientId { get; init; }
        public required string ClientName { get; init; }
        public required string OwnerName { get; init; }
        public required DateTimeOffset LoggedAt { get; init; }
        public required string ContactName { get; init; }
        public string? ContactRole { get; init; }
        public string? ContactEmail { get; init; }
        public required string PromiseDescription { get; init; }
        public required string PromisedBy { get; init; }
        public required bool PromisedByHasLeft { get; init; }
        public required DateOnly PromisedOn { get; init; }
        public required PromiseChannel PromiseChannel { get; init; }
        public string? ContractReference { get; init; }
        public required string ClientGoals { get; init; }
        public required Fault Fault { get; init; }
        public required DamageKinds Damage { get; init; }
        public Money? OurLossEstimate { get; init; }
        public Money? ClientClaimedLoss { get; init; }
        public required PersonalHarm PersonalHarm { get; init; }
        public string? PersonalHarmNote { get; init; }
        public required DateTimeOffset DiscoveredAt { get; init; }
        public DateTimeOffset? ClientToldAt { get; init; }
        public FirstDisclosure? FirstDisclosure { get; init; }
        public required IReadOnlyList<TimelineEntry> Timeline { get; init; }

        public bool IsContractLinked => ContractReference is not null;
    }

    public sealed record TimelineEntry(DateTimeOffset OccurredAt, string ActorName, string Description);

    public sealed class Handler(PromiseKeeperDbContext db, ICurrentUser user) : IQueryHandler<Query, IncidentView?>
    {
        public async ValueTask<IncidentView?> Handle(Query query, CancellationToken cancellationToken) =>
            await (from i in db.Incidents.AsNoTracking().VisibleTo(user)
                   join c in db.Clients on i.ClientId equals c.Id
                   join o in db.Users on i.OwnerId equals o.Id
                   where i.Id == query.Id
                   select new IncidentView
                   {
                       Id = i.Id,
                       Summary = i.Summary,
                       Stage = i.Stage,
                       Kind = i.Kind,
                       ClientId = c.Id,
                       ClientName = c.Name,
                       OwnerName = o.DisplayName,
                       LoggedAt = i.LoggedAt,
                       ContactName = i.ContactName,
                       ContactRole = i.ContactRole,
                       ContactEmail = i.ContactEmail,
                       PromiseDescription = i.PromiseDescription,
                       PromisedBy = i.PromisedBy,
                       PromisedByHasLeft = i.PromisedByHasLeft,
                       PromisedOn = i.PromisedOn,
                       PromiseChannel = i.PromiseChannel,
                       ContractReference = i.ContractReference,
                       ClientGoals = i.ClientGoals,
                       Fault = i.Fault,
                       Damage = i.Damage,
                       OurLossEstimate = i.OurLossEstimate,
                       ClientClaimedLoss = i.ClientClaimedLoss,
                       PersonalHarm = i.PersonalHarm,
                       PersonalHarmNote = i.PersonalHarmNote,
                       DiscoveredAt = i.DiscoveredAt,
                       ClientToldAt = i.ClientToldAt,
                       FirstDisclosure = i.FirstDisclosure,
                       Timeline = i.Timeline
                           .OrderBy(e => e.OccurredAt).ThenBy(e => e.Id)
                           .Select(e => new TimelineEntry(e.OccurredAt, e.ActorName, e.Description))
                           .ToList(),
                   }).SingleOrDefaultAsync(cancellationToken);
    }
}
