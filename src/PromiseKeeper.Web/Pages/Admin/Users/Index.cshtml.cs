using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Admin.Users;

/// <summary>Every user in name order, with a name/email search, a team filter and keyset paging.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Query Filter { get; set; } = new();

    public Result Users { get; private set; } = new([], null, []);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Users = await mediator.Send(Filter, cancellationToken);

    [AuthorizeRequest(RequestAccess.Administer)]
    public sealed class Query : IQuery<Result>
    {
        public const int PageSize = 50;

        /// <summary>The <see cref="TeamId"/> that stands for "users without a team".</summary>
        public const int NoTeam = 0;

        public string? Search { get; set; }

        public int? TeamId { get; set; }

        /// <summary>Show users after this position of the (display name, id) order, written as "id:name".</summary>
        public string? After { get; set; }
    }

    public sealed record Row(string Id, string DisplayName, string Email, IReadOnlyList<string> Roles, string? TeamName, bool IsActive);

    public sealed record Result(IReadOnlyList<Row> Rows, string? NextAfter, IReadOnlyList<SelectListItem> TeamOptions);

    public sealed class Handler(PromiseKeeperDbContext db, ICurrentUser user) : IQueryHandler<Query, Result>
    {
        public async ValueTask<Result> Handle(Query query, CancellationToken cancellationToken)
        {
            user.RequireAnyRole(Roles.Admin);
            var users = db.Users.AsNoTracking();
            if (!string.IsNullOrWhiteSpace(query.Search))
            {
                // Escape LIKE wildcards typed by the user, and name the escape character (see the client list).
                var pattern = "%" + query.Search.Trim().Replace("\\", "\\\\", StringComparison.Ordinal)
                    .Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
                users = users.Where(u => EF.Functions.ILike(u.DisplayName, pattern, "\\") || EF.Functions.ILike(u.Email!, pattern, "\\"));
            }

            if (query.TeamId == Query.NoTeam)
            {
                users = users.Where(u => u.TeamId == null);
            }
            else if (query.TeamId is { } teamId)
            {
                users = users.Where(u => u.TeamId == teamId);
            }

            if (ParseAfter(query.After) is var (afterId, afterName))
            {
                users = users.Where(u => string.Compare(u.DisplayName, afterName) > 0
                    || (u.DisplayName == afterName && string.Compare(u.Id, afterId) > 0));
            }

            var page = await users
                .OrderBy(u => u.DisplayName).ThenBy(u => u.Id)
                .Take(Query.PageSize + 1)
                .Select(u => new
                {
                    u.Id,
                    u.DisplayName,
                    u.Email,
                    TeamName = db.Teams.Where(t => t.Id == u.TeamId).Select(t => t.Name).FirstOrDefault(),
                    u.IsActive,
                })
                .ToListAsync(cancellationToken);
            var hasMore = page.Count > Query.PageSize;
            if (hasMore)
            {
                page.RemoveAt(page.Count - 1);
            }

            var roles = await UserAdmin.RolesOfAsync(db, page.Select(u => u.Id).ToList(), cancellationToken);
            var rows = page
                .Select(u => new Row(u.Id, u.DisplayName, u.Email ?? string.Empty, roles[u.Id].ToList(), u.TeamName, u.IsActive))
                .ToList();
            var next = hasMore ? string.Create(CultureInfo.InvariantCulture, $"{rows[^1].Id}:{rows[^1].DisplayName}") : null;
            return new Result(rows, next, await UserAdmin.TeamOptionsAsync(db, cancellationToken));
        }

        private static (string Id, string Name)? ParseAfter(string? after)
        {
            var separator = after?.IndexOf(':', StringComparison.Ordinal) ?? -1;
            return separator > 0 ? (after![..separator], after[(separator + 1)..]) : null;
        }
    }
}
