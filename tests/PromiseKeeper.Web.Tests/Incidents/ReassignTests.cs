using System.Globalization;
using System.Net;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Pages.Incidents;
using PromiseKeeper.Web.Tests.Fixtures;
using PromiseKeeper.Web.Tests.Incidents.Playbook;

namespace PromiseKeeper.Web.Tests.Incidents;

/// <summary>A team lead hands an incident of the team to another active account manager of the team.</summary>
public sealed class ReassignTests(WebAppFixture app) : LateStagePageTest(app)
{
    private const string Reason = "Alex is on leave for three weeks; Bea knows the client.";

    [Fact]
    public async Task A_team_lead_reassigns_over_http_and_the_new_owner_takes_over()
    {
        var (alex, id) = await IncidentAtAsync(PlaybookStage.ResearchAlternatives);
        var bea = await App.CreateUserAsync(Roles.AccountManager, "Bea Novak");
        var lead = await LeadAsync();
        var teamId = alex.TeamId;
        using var leadHttp = await App.CreateSignedInClientAsync(lead);
        using var alexHttp = await App.CreateSignedInClientAsync(alex);

        // The incident page offers the lead (not the owner) the way to reassign.
        Assert.Contains($"href=\"/Incidents/{id}/Reassign\"", await GetHtmlAsync(leadHttp, $"/Incidents/{id}"), StringComparison.Ordinal);
        Assert.DoesNotContain($"/Incidents/{id}/Reassign", await GetHtmlAsync(alexHttp, $"/Incidents/{id}"), StringComparison.Ordinal);

        var page = await GetHtmlAsync(leadHttp, $"/Incidents/{id}/Reassign");
        Assert.Contains("Owned by <strong>Alex Morgan</strong>", page, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{bea.Id}\">Bea Novak</option>", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"value=\"{alex.Id}\"", page, StringComparison.Ordinal);

        App.Clock.Now = FixedClock.Start.AddMinutes(5);
        using var response = await PostAsync(leadHttp, id, page, bea.Id, Reason);

        Assert.Equal($"/Incidents/{id}", Location(response));
        var stored = await ReadAsync(id);
        Assert.Equal((bea.Id, teamId), (stored.OwnerId, stored.TeamId));
        var last = stored.Timeline.OrderBy(e => e.OccurredAt).ThenBy(e => e.Id).Last();
        Assert.Equal(($"Reassigned the incident to Bea Novak. Reason: {Reason}", lead.Id, App.Clock.Now), (last.Description, last.ActorId, last.OccurredAt));

        var entry = Assert.Single(await AuditEntriesAsync());
        Assert.Equal(AuditAction.IncidentReassigned, entry.Action);
        Assert.Equal((lead.Id, "Tara Whitfield"), (entry.ActorId, entry.ActorName));
        Assert.Equal($"Reassigned from Alex Morgan to Bea Novak. Reason: {Reason}", entry.Details);
        Assert.Equal(($"Incident {id}", (long?)id), (entry.Subject, entry.IncidentId));
        Assert.Equal(TestClientAddressStartupFilter.DefaultAddress.ToString(), entry.IpAddress);
        Assert.Equal(App.Clock.Now, entry.OccurredAt);

        // The lead sees the confirmation; the new owner now sees the incident, the old one no longer does.
        var details = WebUtility.HtmlDecode(await GetHtmlAsync(leadHttp, $"/Incidents/{id}"));
        Assert.Contains("Bea Novak now owns this incident", details, StringComparison.Ordinal);
        Assert.Contains("owned by Bea Novak", details, StringComparison.Ordinal);
        using var beaHttp = await App.CreateSignedInClientAsync(bea);
        Assert.Contains("owned by Bea Novak", await GetHtmlAsync(beaHttp, $"/Incidents/{id}"), StringComparison.Ordinal);
        using var gone = await alexHttp.GetAsync(new Uri($"/Incidents/{id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task Without_a_reason_the_audit_entry_names_only_the_handover()
    {
        var (_, id) = await IncidentAtAsync(PlaybookStage.InvestigateOrigin);
        var bea = await App.CreateUserAsync(Roles.AccountManager, "Bea Novak");
        var lead = await LeadAsync();

        var name = await ReassignAsync(lead, id, bea.Id, reason: "   ");

        Assert.Equal("Bea Novak", name);
        Assert.Equal("Reassigned from Alex Morgan to Bea Novak.", Assert.Single(await AuditEntriesAsync()).Details);
    }

    [Fact]
    public async Task The_choice_lists_only_the_active_account_managers_of_the_incident_s_team()
    {
        var (alex, id) = await IncidentAtAsync(PlaybookStage.InvestigateOrigin);
        var lead = await LeadAsync();
        var zoe = await App.CreateUserAsync(Roles.AccountManager, "Zoe Adams");
        var bea = await App.CreateUserAsync(Roles.AccountManager, "Bea Novak");
        var leadAndManager = await App.CreateUserAsync([Roles.TeamLead, Roles.AccountManager], "Carl Lead-Manager");
        var inactive = await InactiveAccountManagerAsync();
        var otherTeam = await App.CreateUserAsync(Roles.AccountManager, "Other Team", await App.AddTeamAsync("Enterprise Accounts"));
        var noTeam = await App.CreateUserAsync(Roles.AccountManager, "No Team", WebAppFixture.NoTeam);
        var legal = await App.CreateUserAsync(Roles.Legal, "Lena Legal");

        var view = await App.SendAsync(lead, m => m.Send(new ReassignModel.Query(id)));

        Assert.Equal("Alex Morgan", view.OwnerName);
        Assert.Equal([bea.Id, leadAndManager.Id, zoe.Id], view.Candidates.Select(c => c.Id));
        Assert.Equal(["Bea Novak", "Carl Lead-Manager", "Zoe Adams"], view.Candidates.Select(c => c.DisplayName));
        Assert.DoesNotContain(view.Candidates, c => c.Id == alex.Id || c.Id == lead.Id || c.Id == inactive.Id || c.Id == otherTeam.Id || c.Id == noTeam.Id || c.Id == legal.Id);
    }

    [Fact]
    public async Task With_nobody_to_hand_it_to_the_page_says_so_and_shows_no_form()
    {
        var (_, id) = await IncidentAtAsync(PlaybookStage.InvestigateOrigin);
        _ = await InactiveAccountManagerAsync();
        using var http = await App.CreateSignedInClientAsync(await LeadAsync());

        var page = await GetHtmlAsync(http, $"/Incidents/{id}/Reassign");

        Assert.Contains("There is nobody to hand this incident to", page, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Data.NewOwnerId\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_choice_and_a_too_long_reason_show_next_to_their_fields()
    {
        var (alex, id) = await IncidentAtAsync(PlaybookStage.InvestigateOrigin);
        _ = await App.CreateUserAsync(Roles.AccountManager, "Bea Novak");
        using var http = await App.CreateSignedInClientAsync(await LeadAsync());
        var page = await GetHtmlAsync(http, $"/Incidents/{id}/Reassign");

        using var response = await PostAsync(http, id, page, newOwnerId: string.Empty, reason: new string('x', ReassignModel.ReasonMaxLength + 1));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal("Choose the account manager who takes the incident over.", HttpForms.ValidationMessage(html, "Data.NewOwnerId"));
        Assert.Equal("Keep the reason to 500 characters.", HttpForms.ValidationMessage(html, "Data.Reason"));
        Assert.Contains("The incident was not reassigned.", html, StringComparison.Ordinal);
        Assert.Equal(alex.Id, (await ReadAsync(id)).OwnerId);
    }

    [Fact]
    public async Task Someone_who_is_not_an_active_account_manager_of_the_team_cannot_take_it_over()
    {
        var (alex, id) = await IncidentAtAsync(PlaybookStage.InvestigateOrigin);
        var lead = await LeadAsync();
        _ = await App.CreateUserAsync(Roles.AccountManager, "Bea Novak");
        var targets = new[]
        {
            (await App.CreateUserAsync(Roles.AccountManager, "Other Team", await App.AddTeamAsync("Enterprise Accounts"))).Id,
            (await App.CreateUserAsync(Roles.AccountManager, "No Team", WebAppFixture.NoTeam)).Id,
            (await InactiveAccountManagerAsync()).Id,
            (await App.CreateUserAsync(Roles.TeamLead, "Another Lead")).Id,
            (await App.CreateUserAsync(Roles.Legal, "Lena Legal", alex.TeamId)).Id,
            "no-such-user",
        };

        foreach (var target in targets)
        {
            var refused = await Assert.ThrowsAsync<ValidationException>(async () => await ReassignAsync(lead, id, target));
            var failure = Assert.Single(refused.Errors);
            Assert.Equal((nameof(ReassignModel.Command.NewOwnerId), ReassignModel.NotATeamMemberMessage), (failure.PropertyName, failure.ErrorMessage));
        }

        // Over HTTP the message shows next to the choice.
        using var http = await App.CreateSignedInClientAsync(lead);
        var page = await GetHtmlAsync(http, $"/Incidents/{id}/Reassign");
        using var response = await PostAsync(http, id, page, targets[0], Reason);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ReassignModel.NotATeamMemberMessage, HttpForms.ValidationMessage(await response.Content.ReadAsStringAsync(), "Data.NewOwnerId"));

        Assert.Equal(alex.Id, (await ReadAsync(id)).OwnerId);
        Assert.Empty(await AuditEntriesAsync());
    }

    [Fact]
    public async Task The_current_owner_cannot_be_chosen_again()
    {
        var (alex, id) = await IncidentAtAsync(PlaybookStage.InvestigateOrigin);
        _ = await App.CreateUserAsync(Roles.AccountManager, "Bea Novak");
        var lead = await LeadAsync();
        var events = await EventCountAsync(id);

        var refused = await Assert.ThrowsAsync<DomainException>(async () => await ReassignAsync(lead, id, alex.Id));
        Assert.Equal("Alex Morgan already owns this incident; choose someone else.", refused.Message);

        using var http = await App.CreateSignedInClientAsync(lead);
        var page = await GetHtmlAsync(http, $"/Incidents/{id}/Reassign");
        using var response = await PostAsync(http, id, page, alex.Id, null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Alex Morgan already owns this incident; choose someone else.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(events, await EventCountAsync(id));
        Assert.Empty(await AuditEntriesAsync());
    }

    [Fact]
    public async Task A_closed_incident_stays_with_its_owner()
    {
        var (alex, id) = await IncidentAtAsync(PlaybookStage.Closed);
        var bea = await App.CreateUserAsync(Roles.AccountManager, "Bea Novak");
        var lead = await LeadAsync();

        var refused = await Assert.ThrowsAsync<DomainException>(async () => await ReassignAsync(lead, id, bea.Id));
        Assert.Equal("This incident is closed, so you cannot reassign it any more.", refused.Message);

        using var http = await App.CreateSignedInClientAsync(lead);
        var page = WebUtility.HtmlDecode(await GetHtmlAsync(http, $"/Incidents/{id}/Reassign"));
        Assert.Contains("This incident is closed, so it stays with Alex Morgan.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Data.NewOwnerId\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"/Incidents/{id}/Reassign\"", await GetHtmlAsync(http, $"/Incidents/{id}"), StringComparison.Ordinal);
        Assert.Equal(alex.Id, (await ReadAsync(id)).OwnerId);
        Assert.Empty(await AuditEntriesAsync());
    }

    [Fact]
    public async Task A_stale_version_gives_the_concurrency_message()
    {
        var (_, id) = await IncidentAtAsync(PlaybookStage.InvestigateOrigin);
        var bea = await App.CreateUserAsync(Roles.AccountManager, "Bea Novak");
        var carl = await App.CreateUserAsync(Roles.AccountManager, "Carl Meyer");
        var lead = await LeadAsync();
        var stale = await VersionAsync(id);
        using var http = await App.CreateSignedInClientAsync(lead);
        var page = await GetHtmlAsync(http, $"/Incidents/{id}/Reassign");

        await ReassignAsync(lead, id, bea.Id);
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(async () =>
            await App.SendAsync(lead, m => m.Send(new ReassignModel.Command { Id = id, Version = stale, NewOwnerId = carl.Id })));
        using var response = await PostAsync(http, id, page, carl.Id, Reason);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(ConcurrencyMessage, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(bea.Id, (await ReadAsync(id)).OwnerId);
        Assert.Single(await AuditEntriesAsync());
    }

    [Theory]
    [InlineData(Roles.AccountManager)]
    [InlineData(Roles.Legal)]
    [InlineData(Roles.Admin)]
    public async Task Only_a_team_lead_may_reassign(string role)
    {
        var (alex, id) = await IncidentAtAsync(PlaybookStage.InvestigateOrigin, contractReference: "MSA-7, clause 3");
        var bea = await App.CreateUserAsync(Roles.AccountManager, "Bea Novak");
        var user = role == Roles.AccountManager ? alex : await App.CreateUserAsync(role);

        await Assert.ThrowsAsync<ForbiddenException>(async () => await ReassignAsync(user, id, bea.Id));
        await Assert.ThrowsAsync<ForbiddenException>(async () => await App.SendAsync(user, m => m.Send(new ReassignModel.Query(id))));

        using var http = await App.CreateSignedInClientAsync(user);
        using var page = await http.GetAsync(new Uri($"/Incidents/{id}/Reassign", UriKind.Relative));
        Assert.StartsWith("/Account/AccessDenied", Location(page), StringComparison.Ordinal);
        using var post = await http.PostFormAsync($"/Incidents/{id}/Reassign",
            [new("Data.Version", (await VersionAsync(id)).ToString(CultureInfo.InvariantCulture)), new("Data.NewOwnerId", bea.Id)]);
        Assert.StartsWith("/Account/AccessDenied", Location(post), StringComparison.Ordinal);

        Assert.Equal(alex.Id, (await ReadAsync(id)).OwnerId);
    }

    [Fact]
    public async Task A_team_lead_of_another_team_does_not_find_the_incident()
    {
        var (alex, id) = await IncidentAtAsync(PlaybookStage.InvestigateOrigin);
        var bea = await App.CreateUserAsync(Roles.AccountManager, "Bea Novak");
        var otherLead = await App.CreateUserAsync(Roles.TeamLead, "Ines Duarte", await App.AddTeamAsync("Enterprise Accounts"));

        await Assert.ThrowsAsync<NotFoundException>(async () => await ReassignAsync(otherLead, id, bea.Id));
        await Assert.ThrowsAsync<NotFoundException>(async () => await App.SendAsync(otherLead, m => m.Send(new ReassignModel.Query(id))));

        using var http = await App.CreateSignedInClientAsync(otherLead);
        using var page = await http.GetAsync(new Uri($"/Incidents/{id}/Reassign", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        var token = await http.GetAntiforgeryTokenAsync("/Incidents");
        using var post = await http.PostFormAsync($"/Incidents/{id}/Reassign",
        [
            new("Data.Version", (await VersionAsync(id)).ToString(CultureInfo.InvariantCulture)),
            new("Data.NewOwnerId", bea.Id),
            new(HttpForms.TokenField, token),
        ]);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);

        Assert.Equal(alex.Id, (await ReadAsync(id)).OwnerId);
        Assert.Empty(await AuditEntriesAsync());
    }

    private Task<TestUser> LeadAsync() => App.CreateUserAsync(Roles.TeamLead, "Tara Whitfield");

    private async Task<TestUser> InactiveAccountManagerAsync()
    {
        var user = await App.CreateUserAsync(Roles.AccountManager, "Ian Inactive");
        await App.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.IsActive, false)));
        return user;
    }

    private async Task<string> ReassignAsync(TestUser lead, long id, string newOwnerId, string? reason = null)
    {
        var version = await VersionAsync(id);
        return await App.SendAsync(lead, m => m.Send(new ReassignModel.Command { Id = id, Version = version, NewOwnerId = newOwnerId, Reason = reason }));
    }

    private Task<List<AuditEntry>> AuditEntriesAsync() =>
        App.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.Action == AuditAction.IncidentReassigned).OrderBy(e => e.Id).ToListAsync());

    private static Task<HttpResponseMessage> PostAsync(HttpClient http, long id, string page, string newOwnerId, string? reason) =>
        http.PostFormAsync($"/Incidents/{id}/Reassign",
        [
            new("Data.Version", HttpForms.InputValue(page, "Data.Version")!),
            new("Data.NewOwnerId", newOwnerId),
            new("Data.Reason", reason ?? string.Empty),
            new(HttpForms.TokenField, HttpForms.AntiforgeryToken(page)),
        ]);
}
