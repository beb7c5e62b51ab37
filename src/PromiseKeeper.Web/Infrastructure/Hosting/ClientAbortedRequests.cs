namespace PromiseKeeper.Web.Infrastructure.Hosting;

/// <summary>
/// A request whose client went away (it closed the connection, so <c>RequestAborted</c> fired and cancelled the page's
/// database work) is not a fault of the app: it ends with 499 ("client closed request", as nginx names it; nobody receives
/// it) and one information line, instead of the error page, an "unhandled exception" error and a 500 in the request log
/// for an answer no one reads. An <see cref="OperationCanceledException"/> while the client is still there (a command
/// timeout) stays a fault and goes on to the error pages.
/// </summary>
public static class ClientAbortedRequests
{
    public const int Status = 499;

    public static IApplicationBuilder UseClientAbortedRequests(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ClientAbortedRequests));
        return app.Use((context, next) => InvokeAsync(context, next, logger));
    }

    public static async Task InvokeAsync(HttpContext context, RequestDelegate next, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            await next(context);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            logger.LogInformation("The client closed the connection before {Method} {Path} was answered", context.Request.Method, context.Request.Path);
            if (!context.Response.HasStarted)
            {
                context.Response.StatusCode = Status;
            }
        }
    }
}
