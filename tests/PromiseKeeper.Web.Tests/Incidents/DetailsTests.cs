using System.Net;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Infrastructure;
using PromiseKeeper.Web.Pages.Incidents;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Incidents;

public sealed class DetailsTests(WebAppFixture app) : WebAppTest(app)
{
    private static readonly DateTimeOffset Discovered = FixedClock.Start.AddDays(-1);

    [Fact]
    public async Task The_owner_sees_the_incident_with_its_timeline()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var incident = await AddAsync(owner, "Go-live missed", contractReference: "SOW 12");

        var view = await DetailsAsync(owner, incident.Id);
        using var http = await App.CreateSignedInClientAsync(owner);
        using var response = await http.GetAsync(new Uri($"/Incidents/{incident.Id}", UriKind.Relative));

        Assert.NotNull(view);
        Assert.Equal(("Go-live missed", "Acme", "Alex Morgan", PlaybookStage.InvestigateOrigin), (view.Incident.Summary, view.ClientName, view.OwnerName, view.Incident.Stage));
        Assert.Equal(2, view.Incident.Timeline.Count);
        Assert.All(view.Incident.Timeline, e => Assert.Equal("Alex Morgan", e.ActorName));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Go-live missed", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_account_manager_s_incident_does_not_exist_for_you()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var other = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await AddAsync(owner, "Not yours");

        var view = await DetailsAsync(other, incident.Id);
        using var http = await App.CreateSignedInClientAsync(other);
        using var response = await http.GetAsync(new Uri($"/Incidents/{incident.Id}", UriKind.Relative));

        Assert.Null(view);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Not yours", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_id_is_not_found()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await AddAsync(owner, "Exists");

        using var http = await App.CreateSignedInClientAsync(owner);
        using var response = await http.GetAsync(new Uri($"/Incidents/{incident.Id + 1000}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(await DetailsAsync(owner, incident.Id + 1000));
    }

    [Fact]
    public async Task A_team_lead_sees_any_incident()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var lead = await App.CreateUserAsync(Roles.TeamLead);
        var incident = await AddAsync(owner, "Ordinary one");

        using var http = await App.CreateSignedInClientAsync(lead);
        using var response = await http.GetAsync(new Uri($"/Incidents/{incident.Id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(incident.Id, (await DetailsAsync(lead, incident.Id))?.Incident.Id);
    }

    [Fact]
    public async Task Legal_sees_a_contract_linked_incident_but_not_an_ordinary_one()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var legal = await App.CreateUserAsync(Roles.Legal);
        var contract = await AddAsync(owner, "Breach of SLA", contractReference: "SLA 3.1");
        var ordinary = await AddAsync(owner, "Rude remark");

        using var http = await App.CreateSignedInClientAsync(legal);
        using var contractResponse = await http.GetAsync(new Uri($"/Incidents/{contract.Id}", UriKind.Relative));
        using var ordinaryResponse = await http.GetAsync(new Uri($"/Incidents/{ordinary.Id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, contractResponse.StatusCode);
        Assert.Contains("Breach of SLA", await contractResponse.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, ordinaryResponse.StatusCode);
        Assert.Equal("SLA 3.1", (await DetailsAsync(legal, contract.Id))?.Incident.ContractReference);
        Assert.Null(await DetailsAsync(legal, ordinary.Id));
    }

    [Fact]
    public async Task An_admin_sees_no_incident_and_may_not_open_the_incident_pages()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var admin = await App.CreateUserAsync(Roles.Admin);
        var contract = await AddAsync(owner, "Breach of SLA", contractReference: "SLA 3.1");
        var ordinary = await AddAsync(owner, "Rude remark");

        Assert.Null(await DetailsAsync(admin, contract.Id));
        Assert.Null(await DetailsAsync(admin, ordinary.Id));
        Assert.Empty((await App.SendAsync(admin, m => m.Send(new IndexModel.Query { Show = IndexModel.Query.All }))).Rows);

        using var http = await App.CreateSignedInClientAsync(admin);
        foreach (var path in new[] { "/Incidents", $"/Incidents/{contract.Id}" })
        {
            using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var location = response.Headers.Location!;
            Assert.StartsWith("/Account/AccessDenied", location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString, StringComparison.Ordinal);

            using var denied = await http.GetAsync(location);
            Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
            Assert.DoesNotContain("Breach of SLA", await denied.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    private Task<DetailsModel.IncidentView?> DetailsAsync(TestUser user, long id) =>
        App.SendAsync(user, m => m.Send(new DetailsModel.Query(id)));

    private async Task<Incident> AddAsync(TestUser owner, string summary, string? contractReference = null)
    {
        var clientId = await App.WithDbAsync(db => db.Clients.Where(c => c.Name == "Acme").Select(c => (int?)c.Id).SingleOrDefaultAsync())
            ?? await App.AddClientAsync("Acme");

        var incident = TestIncidents.Log(owner, clientId, Discovered, App.Clock.Now, summary: summary, contractReference: contractReference);
        await App.WithDbAsync(async db =>
        {
            db.Incidents.Add(incident);
            await db.SaveChangesAsync();
        });
        return incident;
    }
}
