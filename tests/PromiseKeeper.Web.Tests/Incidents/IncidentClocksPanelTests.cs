using System.Net;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain.Clocks;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Pages.Incidents;
using PromiseKeeper.Web.Tests.Admin;
using PromiseKeeper.Web.Tests.Fixtures;
using PromiseKeeper.Web.Tests.Incidents.Playbook;

namespace PromiseKeeper.Web.Tests.Incidents;

/// <summary>
/// The clocks on the incident page and the account manager's wait on the client. The fixture's clock stands at Monday
/// 23 November 2026, 12:00 UTC; the incident was discovered at 09:00 and its team works to the defaults (UTC, 09:00-17:00).
/// </summary>
public sealed class IncidentClocksPanelTests(WebAppFixture app) : WebAppTest(app)
{
    private static readonly DateTimeOffset Monday9 = FixedClock.Start.AddHours(-3);

    private static DateTimeOffset Utc(int day, int hour) => new(2026, 11, day, hour, 0, 0, TimeSpan.Zero);

    private async Task<(TestUser Owner, long Id)> IncidentAsync(string? contract = null)
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var seed = App.AnIncident(owner).DiscoveredAt(Monday9).LoggedAt(Monday9.AddMinutes(30));
        var incident = await (contract is null ? seed : seed.ContractLinked(contract)).SaveAsync();
        return (owner, incident.Id);
    }

    private Task<DetailsModel.IncidentView?> ViewAsync(TestUser user, long id) => App.SendAsync(user, m => m.Send(new DetailsModel.Query(id)));

    private static ClockReading Reading(DetailsModel.IncidentView view, ClockKind kind) =>
        view.Clocks.Clocks.Single(c => c.Clock.Kind == kind).Reading;

    private static async Task<HttpResponseMessage> WaitAsync(HttpClient http, long id, string html, string since, string note)
    {
        var path = $"/Incidents/{id}";
        var fields = HtmlForm.Fields(html, path, $"{path}?handler=WaitOnClient");
        fields.RemoveAll(f => f.Key is "Pause.Since" or "Pause.Note");
        fields.Add(new("Pause.Since", since));
        fields.Add(new("Pause.Note", note));
        return await http.PostFormAsync($"{path}?handler=WaitOnClient", fields);
    }

    [Fact]
    public async Task A_new_incident_shows_its_running_clocks_with_the_working_time_left()
    {
        var (owner, id) = await IncidentAsync();

        var view = (await ViewAsync(owner, id))!;
        using var http = await App.CreateSignedInClientAsync(owner);
        var html = await http.GetHtmlAsync($"/Incidents/{id}");

        Assert.Equal([ClockKind.TellClient, ClockKind.HoldCall], view.Clocks.Clocks.Select(c => c.Clock.Kind!.Value));
        Assert.Equal((ClockState.Running, Utc(23, 17)), (Reading(view, ClockKind.TellClient).State, Reading(view, ClockKind.TellClient).DueAt));
        Assert.Equal((ClockState.Running, Utc(25, 17)), (Reading(view, ClockKind.HoldCall).State, Reading(view, ClockKind.HoldCall).DueAt));
        Assert.Contains("5 h of working time left", html, StringComparison.Ordinal);
        Assert.Contains("21 h of working time left", html, StringComparison.Ordinal);
        Assert.Contains(">running</span>", html, StringComparison.Ordinal);
        Assert.Contains("The incident has not waited on legal or on the client.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Waiting_on_the_client_pauses_the_clocks_until_the_client_answers_and_both_go_on_the_timeline()
    {
        var (owner, id) = await IncidentAsync();
        using var http = await App.CreateSignedInClientAsync(owner);
        var html = await http.GetHtmlAsync($"/Incidents/{id}");

        using var posted = await WaitAsync(http, id, html, "2026-11-23T11:00", "Their board decides on Friday.");

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var paused = (await ViewAsync(owner, id))!;
        Assert.Equal(ClockState.Paused, Reading(paused, ClockKind.TellClient).State);
        Assert.Equal(TimeSpan.FromHours(6), Reading(paused, ClockKind.TellClient).Left);
        var page = await http.GetHtmlAsync($"/Incidents/{id}");
        Assert.Contains("6 h of working time left", page, StringComparison.Ordinal);
        Assert.Contains(">paused</span>", page, StringComparison.Ordinal);
        Assert.Contains("Their board decides on Friday.", page, StringComparison.Ordinal);
        Assert.Contains("The client answered", page, StringComparison.Ordinal);

        App.Clock.Now = Utc(23, 14);
        using var answered = await http.PostFormAsync($"/Incidents/{id}?handler=ClientAnswered", HtmlForm.Fields(page, $"/Incidents/{id}", $"/Incidents/{id}?handler=ClientAnswered"));
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);

        App.Clock.Now = Utc(23, 15);
        var after = (await ViewAsync(owner, id))!;
        var tell = Reading(after, ClockKind.TellClient);
        Assert.Equal((ClockState.Running, TimeSpan.FromHours(5), Utc(24, 12)), (tell.State, tell.Left, tell.DueAt));
        var pause = await App.WithDbAsync(db => db.Set<IncidentPause>().AsNoTracking().SingleAsync(p => p.IncidentId == id));
        Assert.Equal((PauseReason.WaitingOnClient, Utc(23, 11), Utc(23, 14), "Alex Morgan", "Alex Morgan"), (pause.Reason, pause.StartedAt, pause.EndedAt, pause.StartedByName, pause.EndedByName));
        Assert.Contains(after.Incident.Timeline, e => e.Description.StartsWith("Waiting on the client since", StringComparison.Ordinal));
        Assert.Contains(after.Incident.Timeline, e => e.Description.StartsWith("The client answered", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2026-11-23T13:00", "Their board decides on Friday.", "Pause.Since", "The wait cannot start in the future")]
    [InlineData("2026-11-23T08:00", "Their board decides on Friday.", "Pause.Since", "The wait cannot start before the broken promise was discovered.")]
    [InlineData("", " ", "Pause.Note", "Say why the incident waits on the client")]
    [InlineData("", "x", "Pause.Since", "")]
    public async Task A_bad_wait_is_refused_next_to_its_field_and_the_input_is_kept(string since, string note, string field, string message)
    {
        var (owner, id) = await IncidentAsync();
        using var http = await App.CreateSignedInClientAsync(owner);
        var html = await http.GetHtmlAsync($"/Incidents/{id}");
        var longNote = note == "x" ? new string('x', IncidentPause.NoteMaxLength + 1) : note;

        using var response = await WaitAsync(http, id, html, since, longNote);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("The wait on the client was not recorded:", page, StringComparison.Ordinal);
        if (message.Length > 0)
        {
            Assert.StartsWith(message, HttpForms.ValidationMessage(page, field), StringComparison.Ordinal);
        }
        else
        {
            Assert.NotEmpty(HttpForms.ValidationMessage(page, "Pause.Note"));
        }

        Assert.Contains("<details class=\"mt-2\" open", page, StringComparison.Ordinal);
        Assert.Equal(since, HttpForms.InputValue(page, "Pause.Since") ?? string.Empty);
        Assert.Empty(await App.WithDbAsync(db => db.Set<IncidentPause>().Where(p => p.IncidentId == id).ToListAsync()));
    }

    [Fact]
    public async Task A_second_wait_on_the_client_is_refused_while_the_first_is_open()
    {
        var (owner, id) = await IncidentAsync();
        await App.SendAsync(owner, async m => await m.Send(new WaitOnClient.Command { Id = id, Version = await App.VersionAsync(id), Note = "First." }));

        var error = await Assert.ThrowsAsync<Domain.DomainException>(async () =>
            await App.SendAsync(owner, async m => await m.Send(new WaitOnClient.Command { Id = id, Version = await App.VersionAsync(id), Note = "Second." })));

        Assert.Contains("already waits on the client", error.Message, StringComparison.Ordinal);
        Assert.Single(await App.WithDbAsync(db => db.Set<IncidentPause>().Where(p => p.IncidentId == id).ToListAsync()));
    }

    [Fact]
    public async Task Only_those_who_may_change_the_incident_record_a_wait()
    {
        var (_, id) = await IncidentAsync();
        var legal = await App.CreateUserAsync(Roles.Legal);
        var otherTeamManager = await App.CreateUserAsync(Roles.AccountManager, "Other", await App.AddTeamAsync("Other team"));

        await Assert.ThrowsAnyAsync<Exception>(async () =>
            await App.SendAsync(legal, async m => await m.Send(new WaitOnClient.Command { Id = id, Version = await App.VersionAsync(id), Note = "No." })));
        await Assert.ThrowsAnyAsync<Exception>(async () =>
            await App.SendAsync(otherTeamManager, async m => await m.Send(new WaitOnClient.Command { Id = id, Version = await App.VersionAsync(id), Note = "No." })));

        Assert.Empty(await App.WithDbAsync(db => db.Set<IncidentPause>().Where(p => p.IncidentId == id).ToListAsync()));
    }

    [Fact]
    public async Task Waiting_on_legal_pauses_the_account_managers_clocks_and_is_kept_when_legal_decides()
    {
        var (owner, id) = await IncidentAsync(contract: "MSA 7");
        var legal = await App.CreateUserAsync(Roles.Legal);

        var waiting = (await ViewAsync(owner, id))!;
        Assert.Equal(ClockState.Paused, Reading(waiting, ClockKind.TellClient).State);
        Assert.Equal(TimeSpan.FromMinutes(7.5 * 60), Reading(waiting, ClockKind.TellClient).Left);
        Assert.Equal(ClockState.Running, Reading(waiting, ClockKind.LegalReview).State);
        Assert.Equal(Utc(25, 9).AddMinutes(30), Reading(waiting, ClockKind.LegalReview).DueAt);

        App.Clock.Now = Utc(23, 15);
        await App.SendAsync(legal, async m => await m.Send(new LegalReviewModel.Command
        {
            Id = id, Version = await App.VersionAsync(id), Decision = LegalDecision.ChangesRequired, Notes = "Hours only, no refund.",
        }));

        var pause = await App.WithDbAsync(db => db.Set<IncidentPause>().AsNoTracking().SingleAsync(p => p.IncidentId == id));
        Assert.Equal((PauseReason.WaitingOnLegal, Monday9.AddMinutes(30), Utc(23, 15)), (pause.Reason, pause.StartedAt, pause.EndedAt));
        var decided = (await ViewAsync(owner, id))!;
        Assert.Equal(ClockState.Met, Reading(decided, ClockKind.LegalReview).State);
        Assert.Equal(ClockState.Running, Reading(decided, ClockKind.TellClient).State);
        using var http = await App.CreateSignedInClientAsync(owner);
        Assert.Contains("Waiting on legal", await http.GetHtmlAsync($"/Incidents/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_clients_SLA_replaces_the_teams_target_on_its_incidents()
    {
        var (owner, id) = await IncidentAsync();
        var lead = await App.CreateUserAsync(Roles.TeamLead);
        var clientId = await App.WithDbAsync(db => db.Incidents.Where(i => i.Id == id).Select(i => i.ClientId).SingleAsync());
        await App.SendAsync(lead, m => m.Send(new Pages.Teams.ClientSlaModel.Command { Id = clientId, TellClientDays = 0.5m }));
        App.Clock.Now = Utc(23, 14);

        var view = (await ViewAsync(owner, id))!;
        using var http = await App.CreateSignedInClientAsync(owner);
        var html = await http.GetHtmlAsync($"/Incidents/{id}");

        Assert.Equal((ClockState.Breached, Utc(23, 13)), (Reading(view, ClockKind.TellClient).State, Reading(view, ClockKind.TellClient).DueAt));
        Assert.Equal(Utc(25, 17), Reading(view, ClockKind.HoldCall).DueAt);
        Assert.Contains("breached 1 h ago", html, StringComparison.Ordinal);
        Assert.Contains(">breached</span>", html, StringComparison.Ordinal);
    }
}
