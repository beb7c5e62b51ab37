using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Domain.Texts;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Incidents;

/// <summary>
/// An incident's whole timeline, newest first, <see cref="Query.PageSize"/> entries a page with "Older" and "Newer"
/// (the incident page shows only the latest <see cref="LatestOnIncidentPage"/>). Two statements whatever the length.
/// </summary>
public sealed class TimelineModel(IMediator mediator) : PageModel, IShowsIncident
{
    /// <summary>How many of the newest entries the incident page itself shows.</summary>
    public const int LatestOnIncidentPage = 10;

    public IncidentHeader? ShownIncident => View?.Header;

    public TimelineView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, string? before, string? after, CancellationToken cancellationToken)
    {
        View = await mediator.Send(new Query(id, before, after), cancellationToken) ?? throw new NotFoundException();
        return Page();
    }

    /// <param name="Before">Cursor of the "Newer" link.</param>
    /// <param name="After">Cursor of the "Older" link.</param>
    [AuthorizeRequest(RequestAccess.ReadIncident)]
    public sealed record Query(long Id, string? Before, string? After) : IQuery<TimelineView?>
    {
        public const int PageSize = 50;
    }

    /// <summary>The newest entries of an incident read whole, for the incident page.</summary>
    public static IEnumerable<Entry> Latest(Incident incident) =>
        incident.Timeline
            .OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id)
            .Take(LatestOnIncidentPage)
            .Select(e => new Entry(e.Id, e.OccurredAt, e.ActorName, e.Description, e.TextKey, e.TextValues));

    /// <param name="Description">The entry in English, for an entry without <paramref name="TextKey"/> the only text it has.</param>
    public sealed record Entry(long Id, DateTimeOffset OccurredAt, string ActorName, string Description, string? TextKey, TextValues? TextValues)
    {
        /// <summary>What happened, in the reader's language (the page's) and zone.</summary>
        public string TextIn(DateTimeZone zone) => IncidentEvent.TextOf(TextKey, TextValues, Description, Languages.OfCurrentUi(), zone);
    }

    public sealed record TimelineView(IncidentHeader Header, KeysetPage<Entry> Entries);

    public sealed class Handler(PromiseKeeperDbContext db, ICurrentUser user) : IQueryHandler<Query, TimelineView?>
    {
        public async ValueTask<TimelineView?> Handle(Query query, CancellationToken cancellationToken)
        {
            var header = await (from i in db.Incidents.AsNoTracking().VisibleTo(user)
                                where i.Id == query.Id
                                join c in db.Clients on i.ClientId equals c.Id
                                select new IncidentHeader(i.Id, i.Summary, c.Name, i.Stage, i.ContractReference, i.Version))
                               .SingleOrDefaultAsync(cancellationToken);
            if (header is null)
            {
                return null;
            }

            var events = db.IncidentEvents.AsNoTracking().Where(e => e.IncidentId == query.Id);
            var before = IncidentCursor.Parse(query.Before);
            var after = before is null ? IncidentCursor.Parse(query.After) : null;
            if (before is { } b)
            {
                // Walk towards newer entries; KeysetPage puts the page back into display order.
                events = events
                    .Where(e => EF.Functions.GreaterThan(ValueTuple.Create(e.OccurredAt, e.Id), ValueTuple.Create(b.DiscoveredAt, b.Id)))
                    .OrderBy(e => e.OccurredAt).ThenBy(e => e.Id);
            }
            else
            {
                if (after is { } a)
                {
                    events = events.Where(e => EF.Functions.LessThan(ValueTuple.Create(e.OccurredAt, e.Id), ValueTuple.Create(a.DiscoveredAt, a.Id)));
                }

                events = events.OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id);
            }

            var rows = await events.Take(Query.PageSize + 1)
                .Select(e => new Entry(e.Id, e.OccurredAt, e.ActorName, e.Description, e.TextKey, e.TextValues))
                .ToListAsync(cancellationToken);
            return new TimelineView(header, KeysetPage.Cut(rows, Query.PageSize, before, after, e => new IncidentCursor(e.OccurredAt, e.Id)));
        }
    }
}
