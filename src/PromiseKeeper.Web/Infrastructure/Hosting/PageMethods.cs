using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PromiseKeeper.Web.Infrastructure.Hosting;

/// <summary>
/// Pages answer GET, HEAD and POST. Any other method (PUT, DELETE, PATCH …) gets 405 with an Allow header,
/// instead of running the page and failing later on antiforgery with a 400.
/// </summary>
internal static class PageMethods
{
    private const string Allowed = "GET, HEAD, POST";

    /// <summary>After routing, so the endpoint is known.</summary>
    public static IApplicationBuilder UseOnlyPageMethods(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var method = context.Request.Method;
            if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsPost(method)
                || context.GetEndpoint()?.Metadata.GetMetadata<PageActionDescriptor>() is null)
            {
                return next(context);
            }

            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Allow = Allowed;
            return Task.CompletedTask;
        });
}
