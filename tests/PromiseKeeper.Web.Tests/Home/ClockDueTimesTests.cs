using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain.Clocks;
using PromiseKeeper.Web.ClockHistory;
using PromiseKeeper.Web.Pages.Home;
using PromiseKeeper.Web.Tests.Admin;
using PromiseKeeper.Web.Tests.ClockHistory;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Home;

/// <summary>
/// The home page's due times, read from the clocks the sweep keeps (<see cref="RunningClock"/>): the account manager's next
/// steps most urgent first, legal's queue, and the lead's clocks at risk or breached in their own team.
/// </summary>
public sealed class ClockDueTimesTests(WebAppFixture app) : ClockSweepTest(app)
{
    /// <summary>Friday 20 November, 09:00: telling the client breached on Friday at 17:00.</summary>
    private static readonly DateTimeOffset Friday9 = Monday9.AddDays(-3);

    [Fact]
    public async Task An_account_managers_next_steps_show_their_clocks_due_time_the_breached_first()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var onTime = await DiscoveredMondayAsync(owner);
        var late = (await App.AnIncident(owner).Titled("Late incident").DiscoveredAt(Friday9).LoggedAt(Friday9.AddMinutes(30)).SaveAsync()).Id;
        await SweepAsync(App.Clock.Now);

        var mine = (await App.SendAsync(owner, m => m.Send(new WaitingOnMeQuery()))).Sections[WaitingSection.MyIncidents];

        Assert.Equal(
            [(late, "Breached", Friday9.AddHours(8), true), (onTime, "Running", TellClientDueAt, false)],
            mine.Where(i => i.Kind == WaitingKind.NextStep).Select(i => (i.Row.IncidentId!.Value, i.Row.ClockState, i.Row.DueAt!.Value, i.Overdue)));
        using var http = await App.CreateSignedInClientAsync(owner);
        var html = await http.GetHtmlAsync("/");
        Assert.Contains("Breached 2 days ago, due <time datetime=\"2026-11-20T17:00:00Z\"", html, StringComparison.Ordinal);
        Assert.Contains("Due <time datetime=\"2026-11-23T17:00:00Z\"", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("Late incident", StringComparison.Ordinal) < html.IndexOf("2026-11-23T17:00:00Z", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Legals_queue_shows_the_legal_reviews_due_time()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var legal = await App.CreateUserAsync(Roles.Legal, "Lena Lawson");
        var incident = await App.AnIncident(owner).Titled("Contract incident").ContractLinked("MSA 1").DiscoveredAt(Monday9).LoggedAt(Monday9.AddMinutes(30)).SaveAsync();
        await SweepAsync(App.Clock.Now);
        var dueAt = await App.WithDbAsync(db => Task.FromResult(
            db.Set<RunningClock>().Single(r => r.IncidentId == incident.Id && r.Kind == ClockKind.LegalReview).DueAt));

        var queue = (await App.SendAsync(legal, m => m.Send(new WaitingOnMeQuery()))).Sections[WaitingSection.Legal];

        var row = Assert.Single(queue).Row;
        Assert.Equal((incident.Id, dueAt, "Running"), (row.IncidentId!.Value, row.DueAt!.Value, row.ClockState));
        using var http = await App.CreateSignedInClientAsync(legal);
        var html = await http.GetHtmlAsync("/");
        Assert.Contains($"Due <time datetime=\"{dueAt.UtcDateTime:yyyy-MM-ddTHH:mm:ss}Z\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_lead_sees_the_warning_and_breached_clocks_of_their_own_team_breached_first()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var lead = await LeadAsync();
        var otherTeam = await App.AddTeamAsync("Other team");
        var stranger = await App.CreateUserAsync(Roles.AccountManager, "Bea Novak", otherTeam);
        var warning = await DiscoveredMondayAsync(owner);
        var breached = (await App.AnIncident(owner).Titled("Late incident").DiscoveredAt(Friday9).LoggedAt(Friday9.AddMinutes(30)).SaveAsync()).Id;
        var calm = await DiscoveredMondayAsync(owner, clientToldAt: Monday9.AddMinutes(15));
        var othersBreached = (await App.AnIncident(stranger).DiscoveredAt(Friday9).LoggedAt(Friday9.AddMinutes(30)).SaveAsync()).Id;
        App.Clock.Now = Monday9.AddHours(7);
        await SweepAsync(App.Clock.Now);

        var team = (await App.SendAsync(lead, m => m.Send(new WaitingOnMeQuery()))).Sections[WaitingSection.Team];

        Assert.Equal(
            [(breached, ClockKind.TellClient, ClockState.Breached, true), (warning, ClockKind.TellClient, ClockState.Warning, false)],
            team.Where(i => i.Kind == WaitingKind.ClockAtRisk).Select(i => (i.Row.IncidentId!.Value, i.ClockKind!.Value, i.Clock!.Value, i.Overdue)));
        Assert.DoesNotContain(team, i => i.Row.IncidentId == calm || i.Row.IncidentId == othersBreached);
        using var http = await App.CreateSignedInClientAsync(lead);
        var html = await http.GetHtmlAsync("/");
        Assert.Contains("Clock breached: Tell the client", html, StringComparison.Ordinal);
        Assert.Contains("Clock at risk: Tell the client", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Incidents/{warning}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_clocks_kept_the_page_and_the_count_still_answer_in_one_statement_each()
    {
        var team = await App.AddTeamAsync("Everything team");
        var everyone = await App.CreateUserAsync([Roles.AccountManager, Roles.TeamLead, Roles.Legal, Roles.Admin], "Ev Everyone", team);
        // A contract-linked incident waits on legal (its own clocks paused); the other one breached.
        await App.AnIncident(everyone).Titled("Contract").ContractLinked().DiscoveredAt(Friday9).LoggedAt(Friday9.AddMinutes(30)).SaveAsync();
        await App.AnIncident(everyone).Titled("Late incident").DiscoveredAt(Friday9).LoggedAt(Friday9.AddMinutes(30)).SaveAsync();
        await SweepAsync(App.Clock.Now);
        using var http = await App.CreateSignedInClientAsync(everyone);

        var (pageSql, html) = await App.GetCountingSqlAsync(http, "/");
        var (countSql, _) = await App.GetCountingSqlAsync(http, "/Home/Count");

        Assert.Single(pageSql);
        Assert.Single(countSql);
        Assert.Contains("Clock breached: Tell the client", html, StringComparison.Ordinal);
        Assert.Contains("Clock paused (waiting on legal or on the client)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_incident_is_one_next_step_its_most_urgent_running_clock_with_paused_ones_after_the_running()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        // Waiting on legal: its own clocks are paused, even though it was discovered first.
        var paused = (await App.AnIncident(owner).Titled("Contract").ContractLinked().DiscoveredAt(Friday9).LoggedAt(Friday9.AddMinutes(30)).SaveAsync()).Id;
        var running = await DiscoveredMondayAsync(owner);
        await SweepAsync(App.Clock.Now);

        var mine = (await App.SendAsync(owner, m => m.Send(new WaitingOnMeQuery()))).Sections[WaitingSection.MyIncidents];

        // Telling the client and holding the call both run for the Monday incident; the next step is the one due first.
        Assert.Equal(
            [(running, ClockKind.TellClient, ClockState.Running), (paused, ClockKind.TellClient, ClockState.Paused)],
            mine.Where(i => i.Kind == WaitingKind.NextStep).Select(i => (i.Row.IncidentId!.Value, i.ClockKind!.Value, i.Clock!.Value)));
        var marked = await App.WithDbAsync(db => Task.FromResult(
            db.Set<RunningClock>().Where(c => c.IsNextStep).OrderBy(c => c.IncidentId).Select(c => new { c.IncidentId, c.ClockKey, c.OwnerId }).ToList()));
        Assert.Equal([(paused, "TellClient", owner.Id), (running, "TellClient", owner.Id)], marked.Select(m => (m.IncidentId, m.ClockKey, m.OwnerId)));
    }

    [Fact]
    public async Task An_incident_the_sweep_has_not_read_yet_is_a_next_step_without_a_due_time_until_it_does()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var id = await DiscoveredMondayAsync(owner);

        var before = (await App.SendAsync(owner, m => m.Send(new WaitingOnMeQuery()))).Sections[WaitingSection.MyIncidents];
        await SweepAsync(App.Clock.Now);
        var after = (await App.SendAsync(owner, m => m.Send(new WaitingOnMeQuery()))).Sections[WaitingSection.MyIncidents];

        var first = Assert.Single(before, i => i.Kind == WaitingKind.NextStep);
        Assert.Equal((id, null, null), (first.Row.IncidentId!.Value, first.Row.DueAt, first.Row.ClockState));
        var second = Assert.Single(after, i => i.Kind == WaitingKind.NextStep);
        Assert.Equal((id, TellClientDueAt, "Running"), (second.Row.IncidentId!.Value, second.Row.DueAt, second.Row.ClockState));
    }

    [Fact]
    public async Task An_incident_given_to_another_account_manager_is_their_next_step_at_once_and_no_longer_the_formers()
    {
        var alex = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var bea = await App.CreateUserAsync(Roles.AccountManager, "Bea Novak");
        var id = await DiscoveredMondayAsync(alex);
        await SweepAsync(App.Clock.Now);

        // The change queues the incident for the sweep (a trigger), which has not run yet.
        await App.WithDbAsync(db => db.Incidents.Where(i => i.Id == id).ExecuteUpdateAsync(u => u.SetProperty(i => i.OwnerId, bea.Id)));

        var alexes = (await App.SendAsync(alex, m => m.Send(new WaitingOnMeQuery()))).Sections[WaitingSection.MyIncidents];
        var beas = (await App.SendAsync(bea, m => m.Send(new WaitingOnMeQuery()))).Sections[WaitingSection.MyIncidents];
        Assert.DoesNotContain(alexes, i => i.Kind == WaitingKind.NextStep);
        Assert.Equal(id, Assert.Single(beas, i => i.Kind == WaitingKind.NextStep).Row.IncidentId);

        await SweepAsync(App.Clock.Now);
        beas = (await App.SendAsync(bea, m => m.Send(new WaitingOnMeQuery()))).Sections[WaitingSection.MyIncidents];
        Assert.Equal((id, TellClientDueAt), (Assert.Single(beas, i => i.Kind == WaitingKind.NextStep).Row.IncidentId!.Value, Assert.Single(beas, i => i.Kind == WaitingKind.NextStep).Row.DueAt));
    }
}
