using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Infrastructure.Hosting;

/// <summary>Unexpected errors go to /Error: 503 when the database does not answer (try again later), else 500.</summary>
internal static class ErrorPages
{
    public const string Path = "/Error";

    public static IApplicationBuilder UseErrorPages(this IApplicationBuilder app) =>
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = Path,
            StatusCodeSelector = exception => DatabaseUnavailable.Is(exception)
                ? StatusCodes.Status503ServiceUnavailable
                : StatusCodes.Status500InternalServerError,
        });
}
