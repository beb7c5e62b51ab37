using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Pages.Clients;

namespace PromiseKeeper.Web.Pages.Incidents;

/// <summary>
/// The incident list: newest discovery first, filtered by stage, client and kind, paged by keyset
/// (DiscoveredAt, Id) so page 500 costs the same as page 1. No total count: it would scan the table.
/// </summary>
public sealed class IndexModel(IMediator mediator, PromiseKeeperDbContext db, ClientDirectory clients, ICurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Query Filter { get; set; } = new();

    public Result Incidents { get; private set; } = Result.Empty;

    public IReadOnlyList<SelectListItem> ClientOptions { get; private set; } = [];

    /// <summary>Only people who can see others' incidents get the "mine / all" choice.</summary>
    public bool CanSeeOthers => user.IsInRole(Roles.TeamLead) || user.IsInRole(Roles.Legal) || user.SeesEveryTeam();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Filter.Show ??= user.IsInRole(Roles.AccountManager) ? Query.Mine : Query.All;
        Incidents = await mediator.Send(Filter, cancellationToken);
        ClientOptions = await clients.OptionsAsync(db, cancellationToken);
    }

    [AuthorizeRequest(RequestAccess.ListIncidents)]
    public sealed class Query : IQuery<Result>
    {
        public const string Mine = "mine";
        public const string All = "all";
        public const int PageSize = 25;

        /// <summary>"mine" (the default for account managers) or "all" incidents the user may see.</summary>
        public string? Show { get; set; }

        public PlaybookStage? Stage { get; set; }

        public int? ClientId { get; set; }

        public IncidentKind? Kind { get; set; }

        /// <summary>Show the page after this position (going to older incidents).</summary>
        public string? After { get; set; }

        /// <summary>Show the page before this position (going back to newer incidents).</summary>
        public string? Before { get; set; }
    }

    public sealed record Row(
        long Id,
        string Summary,
        string ClientName,
        IncidentKind? Kind,
        PlaybookStage Stage,
        DateTimeOffset DiscoveredAt,
        string OwnerName,
        bool IsContractLinked);

    public sealed record Result(IReadOnlyList<Row> Rows, string? NextCursor, string? PreviousCursor)
    {
        public static readonly Result Empty = new([], null, null);
    }

    public sealed class Handler(PromiseKeeperDbContext db, ICurrentUser user) : IQueryHandler<Query, Result>
    {
        public async ValueTask<Result> Handle(Query query, CancellationToken cancellationToken)
        {
            var incidents = db.Incidents.AsNoTracking().VisibleTo(user);
            if (query.Show != Query.All)
            {
                var userId = user.Id;
                incidents = incidents.Where(i => i.OwnerId == userId);
            }

            if (query.Stage is { } stage)
            {
                incidents = incidents.Where(i => i.Stage == stage);
            }

            if (query.ClientId is { } clientId)
            {
                incidents = incidents.Where(i => i.ClientId == clientId);
            }

            if (query.Kind is { } kind)
            {
                incidents = incidents.Where(i => i.Kind == kind);
            }

            // Row-value comparisons, (DiscoveredAt, Id) < (x, y), are what PostgreSQL can turn into an
            // index range; the equivalent "a < x OR (a = x AND id < y)" is only a filter, and a deep
            // page would read every row above it (bench/results/list-latest.md).
            var before = IncidentCursor.Parse(query.Before);
            var after = before is null ? IncidentCursor.Parse(query.After) : null;

            if (before is { } b)
            {
                // Walk towards newer incidents, then flip the page back into display order.
                incidents = incidents
                    .Where(i => EF.Functions.GreaterThan(ValueTuple.Create(i.DiscoveredAt, i.Id), ValueTuple.Create(b.DiscoveredAt, b.Id)))
                    .OrderBy(i => i.DiscoveredAt).ThenBy(i => i.Id);
            }
            else
            {
                if (after is { } a)
                {
                    incidents = incidents.Where(i => EF.Functions.LessThan(ValueTuple.Create(i.DiscoveredAt, i.Id), ValueTuple.Create(a.DiscoveredAt, a.Id)));
                }

                incidents = incidents.OrderByDescending(i => i.DiscoveredAt).ThenByDescending(i => i.Id);
            }

            var rows = await (from i in incidents.Take(Query.PageSize + 1)
                              join c in db.Clients on i.ClientId equals c.Id
                              join o in db.Users on i.OwnerId equals o.Id
                              select new Row(i.Id, i.Summary, c.Name, i.Kind, i.Stage, i.DiscoveredAt, o.DisplayName, i.ContractReference != null))
                             .ToListAsync(cancellationToken);

            var page = KeysetPage.Cut(rows, Query.PageSize, before, after, r => new IncidentCursor(r.DiscoveredAt, r.Id));
            return new Result(page.Rows, page.OlderCursor, page.NewerCursor);
        }
    }
}
