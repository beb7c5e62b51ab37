using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PromiseKeeper.Domain.Clocks;
using PromiseKeeper.Web.Infrastructure.Localization;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Notifications;

namespace PromiseKeeper.Web.Pages.Notifications;

/// <summary>
/// The signed-in user's notifications, newest first, paged by keyset (CreatedAt, Id) like the incident list. Reading
/// changes nothing: opening one (<see cref="MarkRead"/>) and "mark all as read" (<see cref="MarkAllRead"/>) are posts.
/// </summary>
public sealed class IndexModel(IMediator mediator, NotificationTexts texts, IStringLocalizer<IndexModel> localizer) : PageModel, IReloadsFormOnError
{
    [BindProperty(SupportsGet = true)]
    public Query Paging { get; set; } = new();

    public Result Notifications { get; private set; } = Result.Empty;

    public NotificationTexts Texts => texts;

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadFormLookupsAsync(cancellationToken);

    /// <summary>The list, also when a refused post shows the page again.</summary>
    public async Task LoadFormLookupsAsync(CancellationToken cancellationToken) =>
        Notifications = await mediator.Send(Paging, cancellationToken);

    /// <summary>Marks one notification read and goes where it points.</summary>
    public async Task<IActionResult> OnPostOpenAsync(long id, CancellationToken cancellationToken)
    {
        var target = await mediator.Send(new MarkRead.Command(id), cancellationToken);
        return target switch
        {
            // The owner page sends whoever may open the incident on to it.
            { IncidentId: { } incident } when NotificationLinks.IsAboutOwnedWork(target.Kind) => RedirectToPage("/Work/Owned", new { incident }),
            { IncidentId: { } incidentId } => RedirectToPage("/Incidents/Details", new { id = incidentId }),
            _ => RedirectToPage("/Incidents/Index", new { Show = Incidents.IndexModel.Query.All }),
        };
    }

    public async Task<IActionResult> OnPostMarkAllReadAsync(CancellationToken cancellationToken)
    {
        var marked = await mediator.Send(new MarkAllRead.Command(), cancellationToken);
        TempData[StatusMessage.Key] = localizer.Plural(marked, "{0} notification marked as read.", "{0} notifications marked as read.");
        return RedirectToPage();
    }

    [AuthorizeRequest(RequestAccess.OwnProfile)]
    public sealed class Query : IQuery<Result>
    {
        public const int PageSize = 25;

        /// <summary>Show the page after this position (older notifications).</summary>
        public string? After { get; set; }

        /// <summary>Show the page before this position (back to newer ones).</summary>
        public string? Before { get; set; }
    }

    /// <summary>One notification with what its sentence needs; the client's name only when the incident still exists.</summary>
    public sealed record Row(
        long Id, NotificationKind Kind, long? IncidentId, string? ClientName, string ActorName, string? OtherName, string? Reason, int? Count,
        DateTimeOffset CreatedAt, bool IsRead, IncidentClockSubject? ClockSubject = null, ClockKind? ClockKind = null);

    public sealed record Result(IReadOnlyList<Row> Rows, string? NextCursor, string? PreviousCursor)
    {
        public static readonly Result Empty = new([], null, null);

        public bool AnyUnread => Rows.Any(r => !r.IsRead);
    }

    /// <summary>One statement: the page of the user's own notifications, each with its incident's client.</summary>
    public sealed class Handler(PromiseKeeperDbContext db, ICurrentUser user) : IQueryHandler<Query, Result>
    {
        public async ValueTask<Result> Handle(Query query, CancellationToken cancellationToken)
        {
            var userId = user.Id;
            var mine = db.Notifications().AsNoTracking().Where(n => n.RecipientId == userId);
            var before = IncidentCursor.Parse(query.Before);
            var after = before is null ? IncidentCursor.Parse(query.After) : null;
            if (before is { } b)
            {
                mine = mine
                    .Where(n => EF.Functions.GreaterThan(ValueTuple.Create(n.CreatedAt, n.Id), ValueTuple.Create(b.DiscoveredAt, b.Id)))
                    .OrderBy(n => n.CreatedAt).ThenBy(n => n.Id);
            }
            else
            {
                if (after is { } a)
                {
                    mine = mine.Where(n => EF.Functions.LessThan(ValueTuple.Create(n.CreatedAt, n.Id), ValueTuple.Create(a.DiscoveredAt, a.Id)));
                }

                mine = mine.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id);
            }

            var rows = await mine.Take(Query.PageSize + 1)
                .Select(n => new Row(
                    n.Id, n.Kind, n.IncidentId,
                    db.Incidents.Where(i => i.Id == n.IncidentId).Join(db.Clients, i => i.ClientId, c => c.Id, (i, c) => c.Name).FirstOrDefault(),
                    n.ActorName, n.OtherName, n.Reason, n.Count, n.CreatedAt, n.ReadAt != null, n.ClockSubject, n.ClockKind))
                .ToListAsync(cancellationToken);

            var page = KeysetPage.Cut(rows, Query.PageSize, before, after, r => new IncidentCursor(r.CreatedAt, r.Id));
            return new Result(page.Rows, page.OlderCursor, page.NewerCursor);
        }
    }
}
