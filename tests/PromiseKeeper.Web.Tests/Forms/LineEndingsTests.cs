using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Forms;

/// <summary>
/// Browsers send a textarea's line breaks as "\r\n". The app keeps "\n" only, so a text written back into
/// a page never carries a carriage return, which HTML does not allow in a character reference.
/// </summary>
public sealed class LineEndingsTests(WebAppFixture app) : WebAppTest(app)
{
    [Fact]
    public async Task Text_posted_with_carriage_returns_is_stored_with_line_feeds_only()
    {
        var (owner, incident) = await AddIncidentAsync();
        using var http = await App.CreateSignedInClientAsync(owner);
        var token = await http.GetAntiforgeryTokenAsync($"/Incidents/{incident.Id}/Origin");

        using var posted = await http.PostFormAsync($"/Incidents/{incident.Id}/Origin", Fields(token, incident.Version, "Launch the campaign."));

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var stored = await App.WithDbAsync(db => db.Incidents.AsNoTracking().SingleAsync(i => i.Id == incident.Id));
        Assert.Equal("Pat promised the date.\nNobody asked delivery.", stored.OriginFindings);
    }

    [Fact]
    public async Task A_form_shown_again_after_an_error_has_no_carriage_returns()
    {
        var (owner, incident) = await AddIncidentAsync();
        using var http = await App.CreateSignedInClientAsync(owner);
        var token = await http.GetAntiforgeryTokenAsync($"/Incidents/{incident.Id}/Origin");

        using var posted = await http.PostFormAsync($"/Incidents/{incident.Id}/Origin", Fields(token, incident.Version, clientGoals: ""));
        var html = await posted.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal("Pat promised the date.\nNobody asked delivery.", HttpForms.TextareaValue(html, "Data.Findings"));
        Assert.DoesNotContain("&#xD;", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\r\nNobody", html, StringComparison.Ordinal);
    }

    private async Task<(TestUser Owner, Incident Incident)> AddIncidentAsync()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        return (owner, await App.AnIncident(owner).SaveAsync());
    }

    private static List<KeyValuePair<string, string>> Fields(string token, uint version, string clientGoals) =>
    [
        new("Data.Version", version.ToString(CultureInfo.InvariantCulture)),
        new("Data.PromiseChannel", "Meeting"),
        new("Data.PromisedOn", "2026-09-01"),
        new("Data.PromisedBy", "Pat Former"),
        new("Data.ClientGoals", clientGoals),
        new("Data.Findings", "Pat promised the date.\r\nNobody asked delivery."),
        new(HttpForms.TokenField, token),
    ];
}
