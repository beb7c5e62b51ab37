using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain.Clients;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Clients;

/// <summary>Client accounts in name order, with a name search and keyset paging by name.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Query Filter { get; set; } = new();

    public Result Clients { get; private set; } = new([], null);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Clients = await mediator.Send(Filter, cancellationToken);

    [AuthorizeRequest(RequestAccess.ListIncidents)]
    public sealed class Query : IQuery<Result>
    {
        public const int PageSize = 50;

        public string? Search { get; set; }

        /// <summary>Show clients whose name comes after this one.</summary>
        public string? After { get; set; }
    }

    public sealed record Row(int Id, string Name, LoyaltyLevel Loyalty, string Language, int OpenIncidents, ClientStanding Standing);

    public sealed record Result(IReadOnlyList<Row> Rows, string? NextAfter);

    public sealed class Handler(PromiseKeeperDbContext db, ClientDirectory directory, ICurrentUser user, TimeProvider clock) : IQueryHandler<Query, Result>
    {
        public async ValueTask<Result> Handle(Query query, CancellationToken cancellationToken)
        {
            // The clients come from memory, in the database's name order; only the open incidents are counted in SQL.
            IEnumerable<ClientEntry> clients = await directory.AllAsync(db, cancellationToken);
            if (!string.IsNullOrWhiteSpace(query.Search))
            {
                // As the citext column compares: ignoring case.
                var search = query.Search.Trim();
                clients = clients.Where(c => c.Name.Contains(search, StringComparison.OrdinalIgnoreCase));
            }

            if (!string.IsNullOrEmpty(query.After))
            {
                clients = After(clients.ToList(), query.After);
            }

            var page = clients.Take(Query.PageSize + 1).ToList();
            var hasMore = page.Count > Query.PageSize;
            if (hasMore)
            {
                page.RemoveAt(page.Count - 1);
            }

            // One statement for the whole page: each client's bank-account counts (its standing and trend), with the open
            // incidents the user may see counted beside them (a partial index covers open incidents by client).
            var clientIds = page.Select(c => c.Id).ToList();
            var figures = clientIds.Count == 0
                ? []
                : await BankAccountReads.TotalsQuery(db, clientIds, clock.GetUtcNow())
                    .Select(t => new
                    {
                        Totals = t,
                        Open = db.Incidents.VisibleTo(user).Count(i => i.ClientId == t.ClientId && i.Stage != PlaybookStage.Closed && i.Stage != PlaybookStage.NotApplicable),
                    })
                    .ToListAsync(cancellationToken);
            var byClient = figures.ToDictionary(f => f.Totals.ClientId);
            var rows = page.Select(c => new Row(c.Id, c.Name, c.Loyalty, c.Language, byClient[c.Id].Open, byClient[c.Id].Totals.Standing())).ToList();
            return new Result(rows, hasMore ? rows[^1].Name : null);
        }

        /// <summary>The clients after the one named <paramref name="after"/> (the last of the page before).</summary>
        private static IEnumerable<ClientEntry> After(List<ClientEntry> clients, string after)
        {
            var last = clients.FindIndex(c => string.Equals(c.Name, after, StringComparison.OrdinalIgnoreCase));
            // Renamed or gone since that page was shown: the nearest name after it, case ignored.
            return last >= 0
                ? clients.Skip(last + 1)
                : clients.Where(c => string.Compare(c.Name, after, StringComparison.OrdinalIgnoreCase) > 0);
        }
    }
}
