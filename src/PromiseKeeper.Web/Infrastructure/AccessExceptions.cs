using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace PromiseKeeper.Web.Infrastructure;

/// <summary>Thrown by a handler when the record does not exist or the user may not see it. Becomes 404.</summary>
public sealed class NotFoundException(string message) : Exception(message)
{
    public NotFoundException()
        : this("Not found.")
    {
    }

    public NotFoundException(string message, Exception innerException)
        : this(message) => _ = innerException;
}

/// <summary>Thrown by a handler when the user's role does not allow the action at all. Becomes 403.</summary>
public sealed class ForbiddenException(string message) : Exception(message)
{
    public ForbiddenException()
        : this("Not allowed.")
    {
    }

    public ForbiddenException(string message, Exception innerException)
        : this(message) => _ = innerException;
}

/// <summary>Turns the handlers' access exceptions into 404 and 403 responses on every page.</summary>
public sealed class AccessExceptionsPageFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.ExceptionHandled)
        {
            return;
        }

        if (executed.Exception is NotFoundException)
        {
            executed.Result = new NotFoundResult();
            executed.ExceptionHandled = true;
        }
        else if (executed.Exception is ForbiddenException)
        {
            executed.Result = new ForbidResult();
            executed.ExceptionHandled = true;
        }
    }
}
