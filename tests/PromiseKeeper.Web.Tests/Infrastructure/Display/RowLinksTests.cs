using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.AspNetCore.Routing;

namespace PromiseKeeper.Web.Tests.Infrastructure.Display;

/// <summary>The list's row links are routing's link with each row's id in place of the generated one.</summary>
public sealed class RowLinksTests
{
    [Fact]
    public void Each_row_gets_routings_link_with_its_id()
    {
        var links = RowLinks.ToPage(new Routing(values => $"/base/Incidents/{values["id"]}"), "Details");

        Assert.Equal("/base/Incidents/155", links.For(155));
        Assert.Equal("/base/Incidents/9007199254740993", links.For(9_007_199_254_740_993));
    }

    [Fact]
    public void Keeps_what_routing_puts_after_the_id()
    {
        var links = RowLinks.ToPage(new Routing(values => $"/Incidents/{values["id"]}/view#top"), "Details");

        Assert.Equal("/Incidents/42/view#top", links.For(42));
    }

    [Fact]
    public void Refuses_a_page_whose_link_does_not_carry_the_id()
    {
        Assert.Throws<InvalidOperationException>(() => RowLinks.ToPage(new Routing(_ => "/Incidents/Details"), "Details"));
    }

    /// <summary>Routing reduced to the link it generates for the route values it is given.</summary>
    private sealed class Routing(Func<RouteValueDictionary, string> link) : IUrlHelper
    {
        public ActionContext ActionContext { get; } = new(
            new DefaultHttpContext(),
            new RouteData(new RouteValueDictionary { ["page"] = "/Incidents/Index" }),
            new ActionDescriptor());

        public string? RouteUrl(UrlRouteContext routeContext) => link(new RouteValueDictionary(routeContext.Values));

        public string? Action(UrlActionContext actionContext) => throw new NotSupportedException();

        public string? Content(string? contentPath) => throw new NotSupportedException();

        public bool IsLocalUrl(string? url) => throw new NotSupportedException();

        public string? Link(string? routeName, object? values) => throw new NotSupportedException();
    }
}
