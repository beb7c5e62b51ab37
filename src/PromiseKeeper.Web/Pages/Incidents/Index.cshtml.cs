using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Pages.Clients;
using PromiseKeeper.Web.Pages.Incidents.List;
using PromiseKeeper.Web.Search;

namespace PromiseKeeper.Web.Pages.Incidents;

/// <summary>
/// The incident list: newest discovery first, filtered by the query string's filters (<see cref="IncidentListFilter"/>),
/// paged by keyset (DiscoveredAt, Id) so page 500 costs the same as page 1. No total count: it would scan the table.
/// A search (Text) ranks its newest <see cref="IncidentSearchQuery.NewestMatchesRanked"/> matches and pages by offset over the
/// best <see cref="Query.MaxRankedResults"/> of them (docs/adr/0025).
/// </summary>
public sealed class IndexModel(IMediator mediator, PromiseKeeperDbContext db, ClientDirectory clients, IncidentListPickers pickers, ICurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Query Filter { get; set; } = new();

    public Result Incidents { get; private set; } = Result.Empty;

    public IReadOnlyList<SelectListItem> ClientOptions { get; private set; } = [];

    /// <summary>The account managers the user may filter by; empty when the picker is hidden (an account manager sees only themselves).</summary>
    public IReadOnlyList<SelectListItem> OwnerOptions { get; private set; } = [];

    /// <summary>The teams the user may filter by; empty when they see one team only.</summary>
    public IReadOnlyList<SelectListItem> TeamOptions { get; private set; } = [];

    /// <summary>Only people who can see others' incidents get the "mine / all" choice.</summary>
    public bool CanSeeOthers => user.IsInRole(Roles.TeamLead) || user.IsInRole(Roles.Legal) || user.SeesEveryTeam();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Filter.Show ??= user.IsInRole(Roles.AccountManager) ? Query.Mine : Query.All;
        // A value that does not even bind (Stage=Huge, TeamId=x, Open=maybe) is named next to the form, with nothing listed.
        Incidents = ModelState.IsValid
            ? await mediator.Send(Filter, cancellationToken)
            : Result.Empty with { Problems = [new FilterProblem(IncidentListFilterCheck.NotUnderstood)] };
        ClientOptions = await clients.OptionsAsync(db, cancellationToken);
        await LoadPickersAsync(cancellationToken);
    }

    private async Task LoadPickersAsync(CancellationToken cancellationToken)
    {
        if (!CanSeeOthers)
        {
            return;
        }

        var (owners, teams) = await pickers.AllAsync(db, cancellationToken);
        var leadOnly = user.IsInRole(Roles.TeamLead) && !user.IsInRole(Roles.Legal) && !user.IsInRole(Roles.HeadOfCustomerSuccess);
        var ownTeam = user.TeamId;
        OwnerOptions = [.. owners
            .Where(o => !leadOnly || o.Id == user.Id || (ownTeam is not null && o.TeamId == ownTeam))
            .Select(o => new SelectListItem(o.Name, o.Id, o.Id == Filter.OwnerId))];
        if (!leadOnly)
        {
            TeamOptions = [.. teams.Select(t => new SelectListItem(t.Name, t.Id.ToString(CultureInfo.InvariantCulture), t.Id == Filter.TeamId))];
        }
    }

    [AuthorizeRequest(RequestAccess.ListIncidents)]
    public sealed class Query : IncidentListFilter, IQuery<Result>
    {
        public const int PageSize = 25;

        /// <summary>A search lists at most this many of its best matches (ten pages); a narrower search finds the rest.</summary>
        public const int MaxRankedResults = 250;

        /// <summary>Show the page after this position (going to older incidents; with Text, the offset in the ranking).</summary>
        public string? After { get; set; }

        /// <summary>Show the page before this position (going back to newer incidents; with Text, the offset in the ranking).</summary>
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
        bool IsContractLinked,
        string? SummaryHeadline = null,
        string? Snippet = null);

    public sealed record Result(IReadOnlyList<Row> Rows, string? NextCursor, string? PreviousCursor)
    {
        public static readonly Result Empty = new([], null, null);

        /// <summary>Filter values the list did not know; when there are any, it lists nothing.</summary>
        public IReadOnlyList<FilterProblem> Problems { get; init; } = [];

        /// <summary>Ordered by how well each incident matches the search, not by discovery.</summary>
        public bool IsSearch { get; init; }

        /// <summary>The search matched more than <see cref="IncidentSearchQuery.NewestMatchesRanked"/> incidents and ranked only the newest of them.</summary>
        public bool RankedNewestOnly { get; init; }
    }

    public sealed class Handler(PromiseKeeperDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<Query, Result>
    {
        public async ValueTask<Result> Handle(Query query, CancellationToken cancellationToken)
        {
            var values = IncidentListFilterCheck.Check(query);
            if (values.Problems.Count > 0)
            {
                return Result.Empty with { Problems = values.Problems };
            }

            var incidents = db.Filtered(user, query, values, clock.GetUtcNow());
            return values.Text is { } text
                ? await SearchAsync(incidents, text, query, cancellationToken)
                : await PageAsync(incidents, query, cancellationToken);
        }

        private async Task<Result> PageAsync(IQueryable<Incident> incidents, Query query, CancellationToken cancellationToken)
        {
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
                              select new Row(i.Id, i.Summary, c.Name, i.Kind, i.Stage, i.DiscoveredAt, o.DisplayName, i.ContractReference != null, null, null))
                             .ToListAsync(cancellationToken);

            var page = KeysetPage.Cut(rows, Query.PageSize, before, after, r => new IncidentCursor(r.DiscoveredAt, r.Id));
            return new Result(page.Rows, page.OlderCursor, page.NewerCursor);
        }

        private async Task<Result> SearchAsync(IQueryable<Incident> incidents, string text, Query query, CancellationToken cancellationToken)
        {
            var offset = int.TryParse(query.After ?? query.Before, NumberStyles.None, CultureInfo.InvariantCulture, out var at)
                ? Math.Min(at / Query.PageSize * Query.PageSize, Query.MaxRankedResults - Query.PageSize)
                : 0;
            // The page is cut from the ranked keys first (count(*) OVER () counts the ranked matches, as it runs before the
            // LIMIT), then the incident, its client, owner and conversation are joined for the page's rows only, and
            // PostgreSQL computes the headlines (expensive functions) for those rows alone. Distinct() (the keys are distinct
            // anyway) keeps the projection in the paged subquery: without it EF Core lifts it into the outer SELECT, where
            // the count would count the page.
            var documents = IncidentSearchQuery.InScopeOf(db.Set<IncidentSearchDocument>(), user);
            var page = IncidentSearchQuery.Ranked(incidents, documents, text)
                .Skip(offset).Take(Query.PageSize + 1)
                .Select(m => new { m.Id, m.DiscoveredAt, m.Config, m.Rank, m.Ranked })
                .Distinct();
            var rows = await (from m in page
                              join i in db.Incidents.AsNoTracking() on m.Id equals i.Id
                              join c in db.Clients on i.ClientId equals c.Id
                              join o in db.Users on i.OwnerId equals o.Id
                              orderby m.Rank descending, m.DiscoveredAt descending, m.Id descending
                              select new
                              {
                                  Row = new Row(
                                      i.Id, i.Summary, c.Name, i.Kind, i.Stage, i.DiscoveredAt, o.DisplayName, i.ContractReference != null,
                                      EF.Functions.WebSearchToTsQuery(m.Config, text).GetResultHeadline(m.Config, i.Summary, SearchHighlight.WholeTextOptions),
                                      EF.Functions.WebSearchToTsQuery(m.Config, text).GetResultHeadline(
                                          m.Config,
                                          (i.PromiseDescription ?? "") + " · " + (i.ContractReference ?? "") + " · " + (i.ContactName ?? "") + " · "
                                          + (i.Conversation == null ? "" : i.Conversation.Notes ?? "") + " · " + (i.OriginFindings ?? ""),
                                          SearchHighlight.Options)),
                                  m.Ranked,
                              })
                             .ToListAsync(cancellationToken);

            var more = rows.Count > Query.PageSize && offset + Query.PageSize < Query.MaxRankedResults;
            return new Result(
                [.. rows.Take(Query.PageSize).Select(r => r.Row)],
                more ? (offset + Query.PageSize).ToString(CultureInfo.InvariantCulture) : null,
                offset > 0 ? (offset - Query.PageSize).ToString(CultureInfo.InvariantCulture) : null)
            {
                IsSearch = true,
                RankedNewestOnly = rows.Count > 0 && rows[0].Ranked >= IncidentSearchQuery.NewestMatchesRanked,
            };
        }
    }
}
