using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace PromiseKeeper.Web.Infrastructure.Authorization;

/// <summary>
/// Turns a handler's <see cref="ForbiddenException"/> into a 403 and its <see cref="NotFoundException"/>
/// into a 404 on every page. (Records a user may not see are not refused but not found.)
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
        else if (executed.Exception is NotFoundException)
        {
            executed.Result = new NotFoundResult();
            executed.ExceptionHandled = true;
        }
    }
}
