using System.Collections.Concurrent;

namespace PromiseKeeper.Web.Infrastructure.Display;

/// <summary>
/// The paths of pages that take no route values (the layout's menu: incidents, clients, dashboard, ...), asked of routing
/// once per page and kept: an <c>asp-page</c> anchor per menu link and request was a link generation each, on every page
/// (bench/results/app-cpu-2026-12-07.md). The request's path base goes in front, as routing would put it.
/// </summary>
public sealed class PagePaths(LinkGenerator links)
{
    private readonly ConcurrentDictionary<string, string> _paths = new(StringComparer.Ordinal);

    /// <summary>The path of <paramref name="page"/> ("/Incidents/Index") for this request.</summary>
    /// <exception cref="InvalidOperationException">When routing has no page of that name.</exception>
    public string Of(HttpContext context, string page)
    {
        ArgumentNullException.ThrowIfNull(context);
        var path = _paths.GetOrAdd(page, static (name, links) =>
            links.GetPathByPage(name) ?? throw new InvalidOperationException($"No route to {name}."), links);
        var pathBase = context.Request.PathBase;
        return pathBase.HasValue ? pathBase.Value + path : path;
    }
}
