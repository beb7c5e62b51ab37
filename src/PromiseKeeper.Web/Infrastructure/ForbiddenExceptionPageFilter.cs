using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace PromiseKeeper.Web.Infrastructure;

/// <summary>
/// Turns a handler's <see cref="ForbiddenException"/> into a 403 on every page. (Records a user may
/// not see are not refused but not found: queries return null and pages answer 404.)
/// </summary>
public sealed class ForbiddenExceptionPageFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.ExceptionHandled)
        {
            return;
        }

        if (executed.Exception is ForbiddenException)
        {
            executed.Result = new ForbidResult();
            executed.ExceptionHandled = true;
        }
    }
}
