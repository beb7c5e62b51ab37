using System.Net;
using PromiseKeeper.Domain.Incidents;
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

        // The handlers refuse the role outright, before looking for anything.
        await Assert.ThrowsAsync<ForbiddenException>(async () => await DetailsAsync(admin, contract.Id));
        await Assert.ThrowsAsync<ForbiddenException>(async () => await DetailsAsync(admin, ordinary.Id));
        await Assert.ThrowsAsync<ForbiddenException>(async () => await App.SendAsync(admin, m => m.Send(new IndexModel.Query { Show = IndexModel.Query.All })));

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

    [Fact]
    public async Task Shows_the_next_step_what_blocks_it_the_mistakes_and_how_severity_was_derived()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await AddAsync(owner, "Go-live missed", discovered: App.Clock.Now.AddDays(-3));
        using var http = await App.CreateSignedInClientAsync(owner);

        var html = System.Net.WebUtility.HtmlDecode(await http.GetStringAsync(new Uri($"/Incidents/{incident.Id}", UriKind.Relative)));

        Assert.Contains("Record where the promise came from", html, StringComparison.Ordinal);
        Assert.Contains("Before moving on:", html, StringComparison.Ordinal);
        Assert.Contains("Record how the promise came about", html, StringComparison.Ordinal);
        // Discovered three days ago and the client has not been told: mistake A.
        Assert.Contains("A. We waited for the client to find out.", html, StringComparison.Ordinal);
        Assert.Contains("Severity:", html, StringComparison.Ordinal);
        Assert.Contains("Relationship:", html, StringComparison.Ordinal);
        Assert.Contains("Damage:", html, StringComparison.Ordinal);
        Assert.Contains("Handling: 1 point", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fresh_incident_counts_down_to_when_the_client_must_hear_it_from_us_and_then_shows_mistake_A()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await App.AnIncident(owner).DiscoveredAt(App.Clock.Now.AddHours(-1)).LoggedAt(App.Clock.Now).SaveAsync();
        using var http = await App.CreateSignedInClientAsync(owner);

        var html = System.Net.WebUtility.HtmlDecode(await http.GetStringAsync(new Uri($"/Incidents/{incident.Id}", UriKind.Relative)));
        Assert.Contains("Tell the client within 23 h.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("A. We waited for the client to find out.", html, StringComparison.Ordinal);

        // A day later (a new sign-in: the session would have ended meanwhile).
        App.Clock.Now = App.Clock.Now.AddHours(24);
        using var nextDay = await App.CreateSignedInClientAsync(owner);
        html = System.Net.WebUtility.HtmlDecode(await nextDay.GetStringAsync(new Uri($"/Incidents/{incident.Id}", UriKind.Relative)));
        Assert.DoesNotContain("Tell the client within", html, StringComparison.Ordinal);
        Assert.Contains("A. We waited for the client to find out.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_contract_linked_incident_finished_before_legal_reviewed_it_waits_for_nothing()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await App.AnIncident(owner).ContractLinked("MSA 4.2")
            .Then(i => i.MarkNotApplicable("The client wants a year of free work for a two-day delay.", PromiseKeeper.Domain.Actor.Create(owner.Id, owner.DisplayName), App.Clock.Now.AddMinutes(-1)))
            .SaveAsync();
        using var http = await App.CreateSignedInClientAsync(owner);

        var html = System.Net.WebUtility.HtmlDecode(await http.GetStringAsync(new Uri($"/Incidents/{incident.Id}", UriKind.Relative)));

        Assert.Contains("The incident was finished before legal reviewed it.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Waiting for legal's review", html, StringComparison.Ordinal);
        Assert.DoesNotContain("the conversation with the client waits", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Legal_reads_the_incident_without_the_buttons_that_change_it()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var legal = await App.CreateUserAsync(Roles.Legal);
        var incident = await AddAsync(owner, "Breach of SLA", contractReference: "SLA 3.1");
        using var http = await App.CreateSignedInClientAsync(legal);

        var html = await http.GetStringAsync(new Uri($"/Incidents/{incident.Id}", UriKind.Relative));

        Assert.Contains("Breach of SLA", html, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Move", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Record where the promise came from", html, StringComparison.Ordinal);
        Assert.False((await DetailsAsync(legal, incident.Id))!.MayChange);
    }

    [Fact]
    public async Task The_page_issues_the_same_number_of_sql_statements_however_much_the_incident_holds()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var fresh = await AddAsync(owner, "Fresh");
        var busy = await AddAsync(owner, "Busy", walkTo: PlaybookStage.Closed);
        using var http = await App.CreateSignedInClientAsync(owner);

        var freshSql = (await App.GetCountingSqlAsync(http, $"/Incidents/{fresh.Id}")).Sql.Count;
        var busySql = (await App.GetCountingSqlAsync(http, $"/Incidents/{busy.Id}")).Sql.Count;

        Assert.InRange(freshSql, 1, 2);
        Assert.Equal(freshSql, busySql);
    }

    [Fact]
    public async Task A_closed_incident_still_leads_its_owner_to_the_measures_that_are_not_done()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await AddAsync(owner, "Closed with work left", walkTo: PlaybookStage.Closed);
        using var http = await App.CreateSignedInClientAsync(owner);

        var html = await http.GetStringAsync(new Uri($"/Incidents/{incident.Id}", UriKind.Relative));

        Assert.Contains($"href=\"/Incidents/{incident.Id}/Retro\"", html, StringComparison.Ordinal);
        Assert.Contains("Update the prevention measures", html, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Move", html, StringComparison.Ordinal);
    }

    private Task<DetailsModel.IncidentView?> DetailsAsync(TestUser user, long id) =>
        App.SendAsync(user, m => m.Send(new DetailsModel.Query(id)));

    private Task<Incident> AddAsync(TestUser owner, string summary, string? contractReference = null, PlaybookStage? walkTo = null, DateTimeOffset? discovered = null)
    {
        var seed = App.AnIncident(owner).Titled(summary).DiscoveredAt(discovered ?? Discovered).AtStage(walkTo ?? PlaybookStage.InvestigateOrigin);
        return (contractReference is null ? seed : seed.ContractLinked(contractReference)).SaveAsync();
    }
}
