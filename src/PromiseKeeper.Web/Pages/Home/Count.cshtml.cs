using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PromiseKeeper.Web.Pages.Home;

/// <summary>
/// <c>GET /Home/Count</c>: <c>{ "waiting": n }</c>, what waits on the signed-in user, for the menu's badge. A script asks
/// for it after the page has loaded, so the count costs other pages no statement.
/// </summary>
public sealed class CountModel(IMediator mediator) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var waiting = await mediator.Send(new WaitingCountQuery(), cancellationToken);
        Response.Headers.CacheControl = "no-store";
        return new JsonResult(new { waiting });
    }
}
