using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Authorization;

/// <summary>
/// Every page handler × every role × own / same team / other team / contract-linked incident, over
/// HTTP with real logins, against the expected outcomes of <see cref="AccessRules"/>.
/// </summary>
public sealed class PageAccessMatrixTests(WebAppFixture app) : WebAppTest(app)
{
    public static TheoryData<string> Rows()
    {
        var rows = new TheoryData<string>();
        foreach (var handler in PageAccessTable.Handlers)
        {
            rows.Add(handler.ToString());
        }

        return rows;
    }

    [Fact]
    public async Task Every_page_handler_of_the_app_is_in_the_table_and_every_row_is_a_real_handler()
    {
        var inApp = (await AppHandlersAsync()).Keys.ToHashSet();
        var inTable = PageAccessTable.Handlers.Select(h => h.ToString()).ToList();

        Assert.Empty(inApp.Except(inTable).Order());
        Assert.Empty(inTable.Except(inApp).Order());
        Assert.Equal(inTable.Count, inTable.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Each_role_gets_what_the_table_says(string row)
    {
        var handler = PageAccessTable.Handlers.Single(h => h.ToString() == row);
        var route = (await AppHandlersAsync())[row];
        var world = await AccessWorld.CreateAsync(App);
        var relations = AccessRules.IgnoresRelation(handler.Access) ? [Relation.Own] : Enum.GetValues<Relation>();

        var mismatches = new List<string>();
        foreach (var viewer in Enum.GetValues<Viewer>())
        {
            using var http = await App.CreateSignedInClientAsync(world.User(viewer));
            var token = handler.Method == "POST" ? await AntiforgeryTokenAsync(http) : null;
            foreach (var relation in relations)
            {
                var path = Path(route, handler, world, viewer, relation);
                using var response = await SendAsync(http, handler, path, token, world.Incident(viewer, relation));
                var actual = handler.Page == "/Account/AccessDenied" && response.StatusCode == HttpStatusCode.Forbidden
                    ? Outcome.Allowed
                    : Classify(response);
                var expected = AccessRules.Expected(handler.Access, viewer, relation);
                if (actual != expected)
                {
                    mismatches.Add($"{viewer} × {relation}: expected {expected}, got {actual} ({(int)response.StatusCode} {response.Headers.Location})");
                }
            }
        }

        Assert.True(mismatches.Count == 0, $"{row}:\n{string.Join("\n", mismatches)}");
    }

    /// <summary>A token for the signed-in user, from a page every role can open (every page's layout has the sign-out form).</summary>
    private static async Task<string> AntiforgeryTokenAsync(HttpClient http)
    {
        using var response = await http.GetAsync(new Uri("/Account/AccessDenied", UriKind.Relative));
        return HttpForms.AntiforgeryToken(await response.Content.ReadAsStringAsync());
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, PageHandlerAccess handler, string path, string? token, WorldIncident incident)
    {
        if (handler.Method == "GET")
        {
            return await http.GetAsync(new Uri(path, UriKind.Relative));
        }

        var target = handler.Handler is null ? path : $"{path}?handler={handler.Handler}";
        return await http.PostFormAsync(target, new Dictionary<string, string>
        {
            [HttpForms.TokenField] = token!,
            ["Data.Version"] = incident.Version.ToString(CultureInfo.InvariantCulture),
        });
    }

    private static Outcome? Classify(HttpResponseMessage response)
    {
        var location = response.Headers.Location?.OriginalString ?? string.Empty;
        return response.StatusCode switch
        {
            HttpStatusCode.NotFound => Outcome.NotFound,
            HttpStatusCode.Forbidden => Outcome.Denied,
            HttpStatusCode.Redirect when location.Contains("/Account/AccessDenied", StringComparison.Ordinal) => Outcome.Denied,
            // A challenge (sent to sign in again) is never expected: the viewers are signed in.
            HttpStatusCode.Redirect when location.Contains("/Account/Login?ReturnUrl", StringComparison.Ordinal) => null,
            HttpStatusCode.OK or HttpStatusCode.Redirect => Outcome.Allowed,
            _ => null,
        };
    }

    private static string Path(RoutePattern route, PageHandlerAccess handler, AccessWorld world, Viewer viewer, Relation relation)
    {
        var incident = world.Incident(viewer, relation);
        var values = new RouteValueDictionary();
        foreach (var parameter in route.Parameters)
        {
            values[parameter.Name] = (parameter.Name, handler.Target) switch
            {
                ("evidenceId", _) => incident.EvidenceId.ToString(),
                // Optional: a new contact.
                ("contactId", _) => string.Empty,
                ("id", RouteTarget.Incident) => incident.Id.ToString(CultureInfo.InvariantCulture),
                ("id", RouteTarget.User) => world.Colleague.Id,
                ("id", RouteTarget.Team) => world.TeamId.ToString(CultureInfo.InvariantCulture),
                ("id", RouteTarget.Client) => world.ClientId.ToString(CultureInfo.InvariantCulture),
                _ => throw new InvalidOperationException($"{handler}: the table does not say what {{{parameter.Name}}} is."),
            };
        }

        var segments = route.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart parameter => Uri.EscapeDataString(Convert.ToString(values[parameter.Name], CultureInfo.InvariantCulture)!),
            RoutePatternSeparatorPart separator => separator.Content,
            _ => throw new InvalidOperationException($"Unexpected route part in {route.RawText}."),
        })));
        return "/" + string.Join('/', segments);
    }

    /// <summary>Every handler of every page the app serves ("GET /Incidents/Details", "POST /Incidents/Details?handler=Move"), with one of its routes.</summary>
    private async Task<IReadOnlyDictionary<string, RoutePattern>> AppHandlersAsync()
    {
        var services = App.Factory.Services;
        var loader = services.GetRequiredService<PageLoader>();
        var handlers = new Dictionary<string, RoutePattern>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } page)
            {
                continue;
            }

            var compiled = await loader.LoadAsync(page, endpoint.Metadata);
            foreach (var method in compiled.HandlerMethods)
            {
                var key = new PageHandlerAccess(page.ViewEnginePath, method.HttpMethod.ToUpperInvariant(), method.Name, Access.Anyone).ToString();
                // Index pages have two routes ("Incidents" and "Incidents/Index"); either will do.
                handlers.TryAdd(key, endpoint.RoutePattern);
            }
        }

        return handlers;
    }
}
