using System.Net;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Notifications;
using PromiseKeeper.Web.Pages.Home;
using PromiseKeeper.Web.Pages.Incidents.Playbook;
using PromiseKeeper.Web.Pages.Work;
using PromiseKeeper.Web.Tests.Fixtures;
using PromiseKeeper.Web.Tests.Incidents.Playbook;

namespace PromiseKeeper.Web.Tests.Work;

/// <summary>
/// Someone of another team given a measure and a check-in finds them on their home page and their own list, sees only the
/// text, the incident's number and client, and marks them done; nobody else can.
/// </summary>
public sealed class OwnedWorkTests(WebAppFixture app) : LateStagePageTest(app)
{
    private const string Summary = "Secret summary of the broken promise";

    private static readonly DateOnly Today = DateOnly.FromDateTime(FixedClock.Start.UtcDateTime);

    private sealed record Given(TestUser Owner, TestUser Dana, long IncidentId, Guid MeasureId, Guid CheckInId);

    /// <summary>An account manager's incident at the retro with a measure (overdue) and a check-in (due today) given to Dana of another team.</summary>
    private async Task<Given> GivenAsync(string? contract = null)
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var dana = await App.CreateUserAsync(Roles.AccountManager, "Dana Delivery", await App.AddTeamAsync("Delivery"));
        var to = Actor.Create(dana.Id, dana.DisplayName);
        var by = Actor.Create(owner.Id, owner.DisplayName);
        var (measureId, checkInId) = (Guid.Empty, Guid.Empty);
        var seed = App.AnIncident(owner).Titled(Summary).ForClient("Globex").AtStage(PlaybookStage.InternalRetro);
        var incident = await (contract is null ? seed : seed.ContractLinked(contract)).Then(i =>
        {
            measureId = i.AddPreventionMeasure("Confirm every date with delivery", to, Today.AddDays(-1), by, App.Clock.Now.AddDays(-3)).Id;
            checkInId = i.PlanCheckIn(Today, "Progress on the fix", to, by, App.Clock.Now.AddDays(-1)).Id;
        }).SaveAsync();
        return new Given(owner, dana, incident.Id, measureId, checkInId);
    }

    [Fact]
    public async Task The_owner_of_another_team_finds_them_on_the_home_page_without_the_incident_s_content()
    {
        var given = await GivenAsync();

        var work = await App.SendAsync(given.Dana, m => m.Send(new WaitingOnMeQuery()));

        var owned = work.Sections[WaitingSection.Owned];
        Assert.Equal(
            [(WaitingKind.MeasureOwned, "Confirm every date with delivery", true), (WaitingKind.CheckInOwned, "Progress on the fix", false)],
            owned.Select(i => (i.Kind, i.Row.Detail!, i.Overdue)));
        Assert.All(owned, i => Assert.Equal((given.IncidentId, "Globex", string.Empty, (string?)null), (i.Row.IncidentId!.Value, i.Row.Client!, i.Row.Title, i.Row.Stage)));
        Assert.Equal(2, await App.SendAsync(given.Dana, m => m.Send(new WaitingCountQuery())));

        using var http = await App.CreateSignedInClientAsync(given.Dana);
        var html = await GetHtmlAsync(http, "/");
        Assert.Contains("Measures and check-ins given to you", html, StringComparison.Ordinal);
        Assert.Contains($"Incident #{given.IncidentId}", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/Work/Owned\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(Summary, html, StringComparison.Ordinal);

        // The incident's own account manager no longer finds the measure given to Dana among theirs.
        var theirs = await App.SendAsync(given.Owner, m => m.Send(new WaitingOnMeQuery()));
        Assert.DoesNotContain(theirs.Sections.Values.SelectMany(s => s), i => i.Row.Detail is "Confirm every date with delivery" or "Progress on the fix");
    }

    [Fact]
    public async Task The_owner_of_another_team_marks_the_measure_and_the_check_in_done_on_their_own_list()
    {
        var given = await GivenAsync();
        using var http = await App.CreateSignedInClientAsync(given.Dana);

        var html = await GetHtmlAsync(http, "/Work/Owned");
        Assert.Contains("Confirm every date with delivery", html, StringComparison.Ordinal);
        Assert.Contains("Progress on the fix", html, StringComparison.Ordinal);
        Assert.Contains($"Incident #{given.IncidentId}, client Globex", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/Incidents/{given.IncidentId}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(Summary, html, StringComparison.Ordinal);

        using var refused = await http.PostFormAsync("/Work/Owned?handler=MeasureDone",
            [new("measureId", given.MeasureId.ToString()), new("doneNote", " "), new(HttpForms.TokenField, HttpForms.AntiforgeryToken(html))]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal("Say briefly what was done, so the team lead can see the measure really happened.", HttpForms.ValidationMessage(await refused.Content.ReadAsStringAsync(), "Data.DoneNote"));

        using var measureDone = await http.PostFormAsync("/Work/Owned?handler=MeasureDone",
            [new("measureId", given.MeasureId.ToString()), new("doneNote", "Delivery signs off every date now."), new(HttpForms.TokenField, HttpForms.AntiforgeryToken(html))]);
        using var checkInDone = await http.PostFormAsync("/Work/Owned?handler=CheckInDone",
            [new("checkInId", given.CheckInId.ToString()), new(HttpForms.TokenField, HttpForms.AntiforgeryToken(html))]);

        Assert.Equal(("/Work/Owned", "/Work/Owned"), (Location(measureDone), Location(checkInDone)));
        var incident = await ReadAsync(given.IncidentId);
        var measure = Assert.Single(incident.PreventionMeasures);
        Assert.Equal((MeasureStatus.Done, "Delivery signs off every date now.", "Dana Delivery"), (measure.Status, measure.DoneNote, measure.DoneByName));
        Assert.True(incident.CheckIns.Single(c => c.Id == given.CheckInId).IsDone);
        Assert.Equal("Dana Delivery", incident.Timeline.OrderBy(e => e.OccurredAt).ThenBy(e => e.Id).Last().ActorName);
        var after = await GetHtmlAsync(http, "/Work/Owned");
        Assert.Contains("No open prevention measures are yours.", after, StringComparison.Ordinal);
        Assert.Contains("No open check-ins are yours.", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_of_another_team_who_is_not_the_owner_gets_404_and_legal_who_sees_the_incident_403()
    {
        var given = await GivenAsync(contract: "MSA 7");
        var stranger = await App.CreateUserAsync(Roles.AccountManager, "Sam Other", await App.AddTeamAsync("Other"));
        var legal = await App.CreateUserAsync(Roles.Legal, "Lena Legal");

        await Assert.ThrowsAsync<NotFoundException>(async () => await App.SendAsync(stranger, m => m.Send(new CompleteMeasure.Command(given.MeasureId, "Done."))));
        await Assert.ThrowsAsync<NotFoundException>(async () => await App.SendAsync(stranger, m => m.Send(new CompleteCheckIn.Command(given.CheckInId))));
        await Assert.ThrowsAsync<ForbiddenException>(async () => await App.SendAsync(legal, m => m.Send(new CompleteMeasure.Command(given.MeasureId, "Done."))));
        await Assert.ThrowsAsync<NotFoundException>(async () => await App.SendAsync(given.Dana, m => m.Send(new CompleteMeasure.Command(Guid.NewGuid(), "Done."))));

        using var http = await App.CreateSignedInClientAsync(stranger);
        var html = await GetHtmlAsync(http, "/Work/Owned");
        Assert.DoesNotContain("Confirm every date with delivery", html, StringComparison.Ordinal);
        using var response = await http.PostFormAsync("/Work/Owned?handler=CheckInDone",
            [new("checkInId", given.CheckInId.ToString()), new(HttpForms.TokenField, HttpForms.AntiforgeryToken(html))]);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);

        var incident = await ReadAsync(given.IncidentId);
        Assert.Equal(MeasureStatus.Planned, Assert.Single(incident.PreventionMeasures).Status);
        Assert.False(incident.CheckIns.Single(c => c.Id == given.CheckInId).IsDone);
    }

    [Fact]
    public async Task The_incident_s_account_manager_may_still_mark_what_they_gave_away()
    {
        var given = await GivenAsync();

        await App.SendAsync(given.Owner, m => m.Send(new CompleteCheckIn.Command(given.CheckInId)));

        Assert.True((await ReadAsync(given.IncidentId)).CheckIns.Single(c => c.Id == given.CheckInId).IsDone);
    }

    [Fact]
    public async Task The_notification_s_link_leads_the_owner_to_their_list_and_whoever_may_open_the_incident_to_it()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var lead = await App.CreateUserAsync(Roles.TeamLead, "Tara Whitfield");
        var dana = await App.CreateUserAsync(Roles.AccountManager, "Dana Delivery", await App.AddTeamAsync("Delivery"));
        var incident = await App.AnIncident(owner).AtStage(PlaybookStage.InternalRetro).SaveAsync();
        foreach (var to in new[] { dana, owner })
        {
            await App.SendAsync(lead, async m => await m.Send(new AddPreventionMeasure.Command
            {
                Id = incident.Id, Version = await VersionAsync(incident.Id), Description = $"Measure for {to.DisplayName}", OwnerId = to.Id, DueOn = Today.AddDays(7),
            }));
        }

        var notifications = await App.WithDbAsync(db => db.Set<Notification>().AsNoTracking().OrderBy(n => n.Id).ToListAsync());
        Assert.Equal([dana.Id, owner.Id], notifications.Select(n => n.RecipientId));

        using var danaHttp = await App.CreateSignedInClientAsync(dana);
        var list = await GetHtmlAsync(danaHttp, "/Notifications");
        Assert.Contains("Tara Whitfield made you responsible for “Measure for Dana Delivery” on incident #", list, StringComparison.Ordinal);
        using var opened = await danaHttp.PostFormAsync($"/Notifications?id={notifications[0].Id}&handler=Open", [new(HttpForms.TokenField, HttpForms.AntiforgeryToken(list))]);
        Assert.Equal($"/Work/Owned?incident={incident.Id}", Location(opened));
        using var danaLands = await danaHttp.GetAsync(new Uri(Location(opened), UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, danaLands.StatusCode);

        using var ownerHttp = await App.CreateSignedInClientAsync(owner);
        using var ownerLands = await ownerHttp.GetAsync(new Uri($"/Work/Owned?incident={incident.Id}", UriKind.Relative));
        Assert.Equal($"/Incidents/{incident.Id}", Location(ownerLands));
    }
}
