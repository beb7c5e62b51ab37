using System.Globalization;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Pages.Incidents;
using PromiseKeeper.Web.Tests.Fixtures;
using PromiseKeeper.Web.Tests.Incidents.Playbook;
using PromiseKeeper.Web.Tests.Performance;
using IncidentList = PromiseKeeper.Web.Pages.Incidents.IndexModel;

namespace PromiseKeeper.Web.Tests.Authorization;

/// <summary>A head of customer success reads every team's incidents and changes none of them.</summary>
public sealed class HeadOfCustomerSuccessTests(WebAppFixture app) : LateStagePageTest(app)
{
    [Fact]
    public async Task Another_team_s_incident_reads_without_the_forms_that_change_it_and_a_change_is_refused()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Omar Haddad", await App.AddTeamAsync("Enterprise Accounts"));
        var incident = await App.AnIncident(owner).Titled("Missed the go-live date").AtStage(PlaybookStage.Conversation).SaveAsync();
        var head = await App.CreateUserAsync(Roles.HeadOfCustomerSuccess, "Nika Zupan");
        using var ownerHttp = await App.CreateSignedInClientAsync(owner);
        Assert.Contains("handler=Move", await GetHtmlAsync(ownerHttp, $"/Incidents/{incident.Id}"), StringComparison.Ordinal);
        using var http = await App.CreateSignedInClientAsync(head);

        var html = await GetHtmlAsync(http, $"/Incidents/{incident.Id}");

        Assert.Contains("Missed the go-live date", html, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Move", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/Incidents/{incident.Id}/Conversation\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/Incidents/{incident.Id}/Correct\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/Incidents/{incident.Id}/Reassign\"", html, StringComparison.Ordinal);
        var view = await App.SendAsync(head, m => m.Send(new DetailsModel.Query(incident.Id)));
        Assert.False(view!.MayChange);
        Assert.False(view.MayReassign);

        var version = (await VersionAsync(incident.Id)).ToString(CultureInfo.InvariantCulture);
        using var move = await http.PostFormAsync($"/Incidents/{incident.Id}?handler=Move",
            [new("Data.Version", version), new("Data.Target", nameof(PlaybookStage.FollowUpRecap)), new(HttpForms.TokenField, HttpForms.AntiforgeryToken(html))]);
        Assert.StartsWith("/Account/AccessDenied", Location(move), StringComparison.Ordinal);
        using var stagePage = await http.GetAsync(new Uri($"/Incidents/{incident.Id}/Conversation", UriKind.Relative));
        Assert.StartsWith("/Account/AccessDenied", Location(stagePage), StringComparison.Ordinal);
        await Assert.ThrowsAsync<ForbiddenException>(async () =>
            await App.SendAsync(head, async m => await m.Send(new MoveToStage.Command { Id = incident.Id, Version = await VersionAsync(incident.Id) })));
        Assert.Equal(PlaybookStage.Conversation, (await ReadAsync(incident.Id)).Stage);
    }

    [Fact]
    public async Task The_incident_list_offers_every_team_s_incidents_and_shows_them_by_default()
    {
        var customerSuccess = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan", await App.AddTeamAsync("Customer Success"));
        var enterprise = await App.CreateUserAsync(Roles.AccountManager, "Omar Haddad", await App.AddTeamAsync("Enterprise Accounts"));
        var first = await App.AnIncident(customerSuccess).Titled("Late delivery").ForClient("Northwind").SaveAsync();
        var second = await App.AnIncident(enterprise).Titled("Wrong invoice").ForClient("Contoso").SaveAsync();
        var head = await App.CreateUserAsync(Roles.HeadOfCustomerSuccess, "Nika Zupan");

        var all = await App.SendAsync(head, m => m.Send(new IncidentList.Query { Show = IncidentList.Query.All }));

        Assert.Equal(new[] { first.Id, second.Id }.Order(), all.Rows.Select(r => r.Id).Order());
        using var http = await App.CreateSignedInClientAsync(head);
        var html = await GetHtmlAsync(http, "/Incidents");
        Assert.Contains("name=\"Show\"", html, StringComparison.Ordinal);
        Assert.Contains("Late delivery", html, StringComparison.Ordinal);
        Assert.Contains("Wrong invoice", html, StringComparison.Ordinal);
        Assert.Contains(">Reviews</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/Incidents/Log\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/Audit\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/Admin/Users\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_pages_a_head_of_customer_success_reads_stay_within_their_budgets()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Omar Haddad", await App.AddTeamAsync("Enterprise Accounts"));
        var busy = await App.AnIncident(owner).Titled("Busy").AtStage(PlaybookStage.InternalRetro).WithStageWorkDone().SaveAsync();
        await App.AnIncident(owner).Titled("Another retro").ForClient("Contoso").AtStage(PlaybookStage.InternalRetro).WithStageWorkDone().SaveAsync();
        var head = await App.CreateUserAsync(Roles.HeadOfCustomerSuccess, "Nika Zupan");
        using var http = await App.CreateSignedInClientAsync(head);

        foreach (var (row, path) in new[]
        {
            ("GET /Index", "/"),
            ("GET /Home/Count", "/Home/Count"),
            ("GET /Reviews/Index", "/Reviews"),
            ("GET /Incidents/RetroReview", $"/Incidents/{busy.Id}/RetroReview"),
            ("GET /Incidents/Details", $"/Incidents/{busy.Id}"),
            ("GET /Incidents/Timeline", $"/Incidents/{busy.Id}/Timeline"),
        })
        {
            var (sql, _) = await App.GetCountingSqlAsync(http, path);
            Assert.True(sql.Count <= PageReadBudgets.Get[row], $"{row} as a head of customer success: {sql.Count} statements, budget {PageReadBudgets.Get[row]}.");
        }
    }
}
