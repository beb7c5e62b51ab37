using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Pages.Home;
using PromiseKeeper.Web.Pages.Incidents;
using PromiseKeeper.Web.Tests.Fixtures;
using PromiseKeeper.Web.Tests.Reviews;

namespace PromiseKeeper.Web.Tests.Home;

/// <summary>The home page, "waiting on me": what each role finds there, in which order, and what it never shows.</summary>
public sealed class WaitingOnMeTests(WebAppFixture app) : ReviewTest(app)
{
    [Fact]
    public async Task An_account_manager_sees_the_next_step_of_their_own_open_incidents_longest_waiting_first()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var other = await App.CreateUserAsync(Roles.AccountManager);
        var older = await App.AnIncident(owner).Titled("Older incident").DiscoveredAt(App.Clock.Now.AddDays(-4)).LoggedAt(App.Clock.Now.AddDays(-3)).SaveAsync();
        var newer = await App.AnIncident(owner).Titled("Newer incident").LoggedAt(App.Clock.Now.AddHours(-5)).SaveAsync();
        await App.AnIncident(owner).Titled("Closed incident").AtStage(PlaybookStage.Closed).SaveAsync();
        await App.AnIncident(other).Titled("Someone else's incident").SaveAsync();

        var work = await App.SendAsync(owner, m => m.Send(new WaitingOnMeQuery()));

        var mine = work.Sections[WaitingSection.MyIncidents];
        Assert.Equal([older.Id, newer.Id], mine.Where(i => i.Kind == WaitingKind.NextStep).Select(i => i.Row.IncidentId!.Value));
        Assert.Equal([WaitingSection.MyIncidents], work.Sections.Keys);
        Assert.Equal(older.LoggedAt, mine[0].Row.Since);

        using var http = await App.CreateSignedInClientAsync(owner);
        var html = await GetHtmlAsync(http, "/");
        Assert.Contains("<h1 class=\"h3\">Waiting on me</h1>", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Incidents/{older.Id}/Origin\"", html, StringComparison.Ordinal);
        Assert.Contains("Next step: Record where the promise came from", html, StringComparison.Ordinal);
        Assert.Contains("In this stage for 3 days", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("Older incident", StringComparison.Ordinal) < html.IndexOf("Newer incident", StringComparison.Ordinal));
        Assert.DoesNotContain("Closed incident", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Someone else", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overdue_check_ins_and_measures_come_before_what_only_waits()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var today = DateOnly.FromDateTime(App.Clock.Now.UtcDateTime);
        var incident = await App.AnIncident(owner).Titled("With dates").DiscoveredAt(App.Clock.Now.AddDays(-31)).LoggedAt(App.Clock.Now.AddDays(-30)).AtStage(PlaybookStage.InternalRetro)
            .Then(i =>
            {
                var actor = Actor.Create(owner.Id, owner.DisplayName);
                i.AddPreventionMeasure("Overdue measure", "Delivery lead", today.AddDays(-2), actor, App.Clock.Now.AddDays(-10));
                i.AddPreventionMeasure("Later measure", "Delivery lead", today.AddDays(30), actor, App.Clock.Now);
            })
            .SaveAsync();

        var mine = (await App.SendAsync(owner, m => m.Send(new WaitingOnMeQuery()))).Sections[WaitingSection.MyIncidents];

        Assert.Equal((WaitingKind.MeasureDue, "Overdue measure", true), (mine[0].Kind, mine[0].Row.Detail, mine[0].Overdue));
        Assert.Contains(mine, i => i.Kind == WaitingKind.NextStep && i.Row.IncidentId == incident.Id);
        Assert.DoesNotContain(mine, i => i.Row.Detail == "Later measure");
        using var http = await App.CreateSignedInClientAsync(owner);
        var html = await GetHtmlAsync(http, "/");
        Assert.Contains("overdue by 2 days", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Incidents/{incident.Id}/Retro\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_retro_sent_back_waits_on_its_account_manager_and_a_submitted_one_on_the_lead_of_the_team_only()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var lead = await LeadAsync();
        var otherTeam = await App.AddTeamAsync("Other team");
        var otherLead = await App.CreateUserAsync(Roles.TeamLead, "Other Lead", otherTeam);
        var submitted = await AddSubmittedRetroAsync(owner, "Submitted retro");
        var sentBack = await AddSubmittedRetroAsync(owner, "Sent back retro");
        await App.SendAsync(lead, async m => await m.Send(new SendRetroBack.Command(sentBack, await VersionAsync(sentBack), "Go deeper.")));

        var ownerWork = (await App.SendAsync(owner, m => m.Send(new WaitingOnMeQuery()))).Sections[WaitingSection.MyIncidents];
        var leadWork = await App.SendAsync(lead, m => m.Send(new WaitingOnMeQuery()));
        var otherLeadWork = await App.SendAsync(otherLead, m => m.Send(new WaitingOnMeQuery()));

        Assert.Contains(ownerWork, i => i.Kind == WaitingKind.RetroSentBack && i.Row.IncidentId == sentBack);
        Assert.DoesNotContain(ownerWork, i => i.Row.IncidentId == submitted);
        Assert.Equal([submitted], leadWork.Sections[WaitingSection.Team].Where(i => i.Kind == WaitingKind.RetroToReview).Select(i => i.Row.IncidentId!.Value));
        Assert.DoesNotContain(otherLeadWork.Sections[WaitingSection.Team], i => i.Row.IncidentId == submitted || i.Row.IncidentId == sentBack);

        using var http = await App.CreateSignedInClientAsync(lead);
        var html = await GetHtmlAsync(http, "/");
        Assert.Contains($"href=\"/Incidents/{submitted}/RetroReview\"", html, StringComparison.Ordinal);
        Assert.Contains("Retro submitted by Alex Morgan: waiting for your review.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Legal_sees_the_queue_oldest_first_and_the_account_manager_sees_the_changes_legal_asked_for()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var legal = await App.CreateUserAsync(Roles.Legal);
        var newer = await App.AnIncident(owner).Titled("Newer contract").ContractLinked("MSA 2").LoggedAt(App.Clock.Now.AddHours(-2)).SaveAsync();
        var older = await App.AnIncident(owner).Titled("Older contract").ContractLinked("MSA 1").DiscoveredAt(App.Clock.Now.AddDays(-3)).LoggedAt(App.Clock.Now.AddDays(-2)).SaveAsync();
        var changes = await App.AnIncident(owner).Titled("Changes asked").ContractLinked("MSA 3").SaveAsync();
        await App.AnIncident(owner).Titled("No contract").SaveAsync();
        await App.SendAsync(legal, async m => await m.Send(new LegalReviewModel.Command
        {
            Id = changes.Id, Version = await VersionAsync(changes.Id), Decision = LegalDecision.ChangesRequired, Notes = "Offer less.",
        }));

        var queue = (await App.SendAsync(legal, m => m.Send(new WaitingOnMeQuery()))).Sections[WaitingSection.Legal];
        var mine = (await App.SendAsync(owner, m => m.Send(new WaitingOnMeQuery()))).Sections[WaitingSection.MyIncidents];

        Assert.Equal([older.Id, newer.Id], queue.Select(i => i.Row.IncidentId!.Value));
        Assert.Contains(mine, i => i.Kind == WaitingKind.LegalChangesAsked && i.Row.IncidentId == changes.Id && i.Row.Detail == "MSA 3");
        using var http = await App.CreateSignedInClientAsync(legal);
        var html = await GetHtmlAsync(http, "/");
        Assert.Contains($"href=\"/Incidents/{older.Id}/LegalReview\"", html, StringComparison.Ordinal);
        Assert.Contains("Waiting for 2 days", html, StringComparison.Ordinal);
        Assert.DoesNotContain("No contract", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_admin_sees_teams_without_a_lead_and_deactivated_owners_of_open_incidents()
    {
        var admin = await App.CreateUserAsync(Roles.Admin);
        var lonelyTeam = await App.AddTeamAsync("Team without lead");
        var leaver = await App.CreateUserAsync(Roles.AccountManager, "Lee Leaver", lonelyTeam);
        await App.AnIncident(leaver).Titled("Left behind").SaveAsync();
        await App.AnIncident(leaver).Titled("Also left behind").SaveAsync();
        await App.AnIncident(leaver).Titled("Done").AtStage(PlaybookStage.Closed).SaveAsync();
        var ledTeam = await App.AddTeamAsync("Team with lead");
        await App.CreateUserAsync(Roles.TeamLead, "Lena Lead", ledTeam);
        await App.WithDbAsync(db => db.Users.Where(u => u.Id == leaver.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.IsActive, false).SetProperty(u => u.DeactivatedAt, App.Clock.Now)));

        var work = (await App.SendAsync(admin, m => m.Send(new WaitingOnMeQuery()))).Sections[WaitingSection.Admin];

        Assert.Contains(work, i => i.Kind == WaitingKind.TeamWithoutLead && i.Row.TeamId == lonelyTeam);
        Assert.DoesNotContain(work, i => i.Row.TeamId == ledTeam);
        var owner = Assert.Single(work, i => i.Kind == WaitingKind.DeactivatedOwner);
        Assert.Equal((leaver.Id, 2), (owner.Row.UserId, owner.Row.Count));
        using var http = await App.CreateSignedInClientAsync(admin);
        var html = await GetHtmlAsync(http, "/");
        Assert.Contains($"href=\"/Admin/Users/{leaver.Id}\"", html, StringComparison.Ordinal);
        Assert.Contains("still owns 2 open incidents", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Left behind", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_lead_finds_incidents_of_a_deactivated_account_manager_with_the_link_to_hand_them_over()
    {
        var lead = await LeadAsync();
        var leaver = await App.CreateUserAsync(Roles.AccountManager, "Lee Leaver");
        var incident = await App.AnIncident(leaver).Titled("Left behind").SaveAsync();
        await App.WithDbAsync(db => db.Users.Where(u => u.Id == leaver.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.IsActive, false)));

        using var http = await App.CreateSignedInClientAsync(lead);
        var html = await GetHtmlAsync(http, "/");

        Assert.Contains($"href=\"/Incidents/{incident.Id}/Reassign\"", html, StringComparison.Ordinal);
        Assert.Contains("Its account manager Lee Leaver was deactivated", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_lead_s_mistakes_match_the_domain_s_typical_mistakes()
    {
        var lead = await LeadAsync();
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incidents = new List<Incident>();
        foreach (var stage in new[] { PlaybookStage.InvestigateOrigin, PlaybookStage.Conversation, PlaybookStage.FollowUpRecap, PlaybookStage.InternalRetro })
        {
            incidents.Add(await App.AnIncident(owner).Titled($"At {stage}").AtStage(stage).WithStageWorkDone().SaveAsync());
            incidents.Add(await App.AnIncident(owner).Titled($"Told at {stage}").AtStage(stage).DiscoveredAt(App.Clock.Now.AddHours(-4))
                .With(d => d with { FirstDisclosure = FirstDisclosure.ClientToldUs, ClientToldAt = App.Clock.Now.AddHours(-3) }).SaveAsync());
            incidents.Add(await App.AnIncident(owner).Titled($"Fresh at {stage}").AtStage(stage).DiscoveredAt(App.Clock.Now.AddHours(-3))
                .With(d => d with { Fault = Fault.ThirdParty }).SaveAsync());
        }

        await App.RefreshFiguresAsync();
        var found = (await App.SendAsync(lead, m => m.Send(new WaitingOnMeQuery()))).Sections[WaitingSection.Team]
            .Where(i => i.Kind == WaitingKind.MistakesFound).ToDictionary(i => i.Row.IncidentId!.Value, i => i.Row.Detail);

        var expected = incidents.Select(i => (i.Id, Letters: string.Concat(i.FindMistakes(App.Clock.Now).Select(f => f.Letter)))).Where(x => x.Letters.Length > 0).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.ToDictionary(x => x.Id, x => (string?)x.Letters), found);
    }

    [Fact]
    public async Task Nothing_waiting_shows_a_friendly_empty_state_and_a_zero_count()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        using var http = await App.CreateSignedInClientAsync(owner);

        var html = await GetHtmlAsync(http, "/");

        Assert.Contains("Nothing is waiting on you.", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/Incidents\"", html, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(http));
    }

    [Fact]
    public async Task The_count_endpoint_answers_in_one_statement_and_the_page_in_one_for_every_role_together()
    {
        var team = await App.AddTeamAsync("Everything team");
        var everyone = await App.CreateUserAsync([Roles.AccountManager, Roles.TeamLead, Roles.Legal, Roles.Admin], "Ev Everyone", team);
        await App.AnIncident(everyone).Titled("Mine").ContractLinked().SaveAsync();
        await AddSubmittedRetroAsync(everyone, "My retro");
        await App.RefreshFiguresAsync();
        using var http = await App.CreateSignedInClientAsync(everyone);

        var (pageSql, html) = await App.GetCountingSqlAsync(http, "/");
        var (countSql, json) = await App.GetCountingSqlAsync(http, "/Home/Count");

        Assert.Single(pageSql);
        Assert.Single(countSql);
        var work = await App.SendAsync(everyone, m => m.Send(new WaitingOnMeQuery()));
        Assert.Equal([WaitingSection.MyIncidents, WaitingSection.Legal, WaitingSection.Team, WaitingSection.Admin], work.Sections.Keys);
        Assert.Equal(work.Count, JsonDocument.Parse(json).RootElement.GetProperty("waiting").GetInt32());
        Assert.True(work.Count >= 4);
        Assert.Contains("Legal review", html, StringComparison.Ordinal);
        Assert.Contains("Your team", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_count_needs_a_signed_in_user()
    {
        using var http = App.CreateHttpClient();
        using var response = await http.GetAsync(new Uri("/Home/Count", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", Location(response), StringComparison.Ordinal);
    }

    private static async Task<int> CountAsync(HttpClient http)
    {
        var json = await http.GetStringAsync(new Uri("/Home/Count", UriKind.Relative));
        return JsonDocument.Parse(json).RootElement.GetProperty("waiting").GetInt32();
    }
}
