using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Notifications;

namespace PromiseKeeper.Web.Pages.Notifications;

/// <summary>
/// <c>{ "unread": n }</c> for the navigation's badge, which a small script fills after the page is shown: other pages
/// send no statement for it. One statement, served by the partial index of unread notifications.
/// </summary>
public sealed class CountModel(IMediator mediator) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        return new JsonResult(new { unread = await mediator.Send(new Query(), cancellationToken) });
    }

    [AuthorizeRequest(RequestAccess.OwnProfile)]
    public sealed record Query : IQuery<int>;

    public sealed class Handler(PromiseKeeperDbContext db, ICurrentUser user) : IQueryHandler<Query, int>
    {
        public async ValueTask<int> Handle(Query query, CancellationToken cancellationToken)
        {
            var userId = user.Id;
            return await db.Notifications().CountAsync(n => n.RecipientId == userId && n.ReadAt == null, cancellationToken);
        }
    }
}
