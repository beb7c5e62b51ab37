using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Pages.Incidents.Playbook;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Incidents.Playbook;

public sealed class CheckInsTests(WebAppFixture app) : LateStagePageTest(app)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(FixedClock.Start.UtcDateTime);

    [Theory]
    [InlineData(PlaybookStage.FollowUpRecap)]
    [InlineData(PlaybookStage.InternalRetro)]
    public async Task Planning_stores_the_check_in_with_a_timeline_event(PlaybookStage stage)
    {
        var (owner, id) = await IncidentAtAsync(stage);
        var before = (await ReadAsync(id)).CheckIns.Count;

        await PlanAsync(owner, id, new DateOnly(2026, 12, 1), "  Demo of the fixed report  ");

        var incident = await ReadAsync(id);
        Assert.Equal(before + 1, incident.CheckIns.Count);
        var checkIn = Assert.Single(incident.CheckIns, c => c.Topic == "Demo of the fixed report");
        Assert.Equal(new DateOnly(2026, 12, 1), checkIn.PlannedOn);
        Assert.False(checkIn.IsDone);
        Assert.Equal("Planned a check-in with the client on 2026-12-01: Demo of the fixed report.", await LastEventAsync(id));
    }

    [Theory]
    [InlineData(-5, "Update on the fix", "PlannedOn", "Plan check-ins from today on; past dates cannot be planned.")]
    [InlineData(null, "Update on the fix", "PlannedOn", "Enter the date of the check-in.")]
    [InlineData(3, "  ", "Topic", "Say what you will update the client on.")]
    public async Task A_broken_rule_is_reported_on_its_field(int? daysFromToday, string topic, string field, string message)
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.FollowUpRecap);
        var events = await EventCountAsync(id);

        var messages = await FieldMessagesAsync(async () => await PlanAsync(owner, id, daysFromToday is { } days ? Today.AddDays(days) : null, topic));

        Assert.Equal(message, Assert.Contains(field, messages));
        Assert.Empty((await ReadAsync(id)).CheckIns);
        Assert.Equal(events, await EventCountAsync(id));
    }

    [Fact]
    public async Task Check_ins_cannot_be_planned_before_the_conversation()
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.Conversation);

        var exception = await Assert.ThrowsAsync<DomainException>(async () => await PlanAsync(owner, id, Today.AddDays(3), "Update"));

        Assert.Equal("You can plan a check-in with the client at the \"Follow-up recap\" or \"Internal retro\" stage; this incident is at \"The conversation\".", exception.Message);
        Assert.Empty((await ReadAsync(id)).CheckIns);
    }

    [Fact]
    public async Task Marking_done_and_not_done_is_stored_with_timeline_events()
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.InternalRetro);
        var checkIn = Assert.Single((await ReadAsync(id)).CheckIns);
        App.Clock.Now = FixedClock.Start.AddHours(3);

        await SetDoneAsync(owner, id, checkIn.Id, done: true);

        var done = Assert.Single((await ReadAsync(id)).CheckIns);
        Assert.True(done.IsDone);
        Assert.Equal(App.Clock.Now, done.DoneAt);
        Assert.Equal($"Checked in with the client as planned for {checkIn.PlannedOn:yyyy-MM-dd}: {checkIn.Topic}.", await LastEventAsync(id));

        await SetDoneAsync(owner, id, checkIn.Id, done: false);

        var undone = Assert.Single((await ReadAsync(id)).CheckIns);
        Assert.False(undone.IsDone);
        Assert.Null(undone.DoneAt);
        Assert.Equal($"Marked the check-in of {checkIn.PlannedOn:yyyy-MM-dd} as not done.", await LastEventAsync(id));
    }

    [Fact]
    public async Task A_check_in_kept_planned_at_closing_can_still_be_marked_done_and_unknown_ones_cannot()
    {
        // The walk closes the incident keeping its check-in planned, as the client still expects it.
        var (owner, id) = await IncidentAtAsync(PlaybookStage.Closed);
        var checkIn = Assert.Single((await ReadAsync(id)).CheckIns);
        var otherId = await AddIncidentAsync(owner, PlaybookStage.InternalRetro);

        var unknown = await Assert.ThrowsAsync<DomainException>(async () => await SetDoneAsync(owner, otherId, checkIn.Id, done: true));
        await SetDoneAsync(owner, id, checkIn.Id, done: true);

        Assert.Equal("That check-in is not part of this incident; reload the page to see the current ones.", unknown.Message);
        Assert.True(Assert.Single((await ReadAsync(id)).CheckIns).IsDone);
    }

    [Fact]
    public async Task Another_account_manager_s_incident_is_not_found()
    {
        var (_, id) = await IncidentAtAsync(PlaybookStage.InternalRetro);
        var checkIn = Assert.Single((await ReadAsync(id)).CheckIns);
        var other = await App.CreateUserAsync(Roles.AccountManager);

        await Assert.ThrowsAsync<NotFoundException>(async () => await PlanAsync(other, id, Today.AddDays(2), "Update"));
        await Assert.ThrowsAsync<NotFoundException>(async () => await SetDoneAsync(other, id, checkIn.Id, done: true));
        using var http = await App.CreateSignedInClientAsync(other);
        using var response = await http.GetAsync(new Uri($"/Incidents/{id}/CheckIns", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(Assert.Single((await ReadAsync(id)).CheckIns).IsDone);
    }

    [Fact]
    public async Task Legal_may_not_plan_or_mark_check_ins()
    {
        var (_, id) = await IncidentAtAsync(PlaybookStage.InternalRetro, contractReference: "MSA 4.2");
        var checkIn = Assert.Single((await ReadAsync(id)).CheckIns);
        var legal = await App.CreateUserAsync(Roles.Legal);

        await Assert.ThrowsAsync<ForbiddenException>(async () => await PlanAsync(legal, id, Today.AddDays(2), "Update"));
        await Assert.ThrowsAsync<ForbiddenException>(async () => await SetDoneAsync(legal, id, checkIn.Id, done: true));
        await AssertLegalIsRefusedAsync($"/Incidents/{id}/CheckIns");
        Assert.Single((await ReadAsync(id)).CheckIns);
    }

    [Fact]
    public async Task A_stale_version_is_refused_as_a_concurrent_change()
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.InternalRetro);
        var checkIn = Assert.Single((await ReadAsync(id)).CheckIns);
        var stale = await VersionAsync(id) - 1;

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(async () =>
            await App.SendAsync(owner, m => m.Send(new CheckInsModel.Command { Id = id, Version = stale, PlannedOn = Today.AddDays(2), Topic = "Update" })));
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(async () =>
            await App.SendAsync(owner, m => m.Send(new SetCheckInDone.Command(id, checkIn.Id, true, stale))));

        Assert.False(Assert.Single((await ReadAsync(id)).CheckIns).IsDone);
    }

    [Fact]
    public async Task The_page_lists_check_ins_plans_one_and_marks_one_done_over_http()
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.InternalRetro);
        var existing = Assert.Single((await ReadAsync(id)).CheckIns);
        using var http = await App.CreateSignedInClientAsync(owner);
        var html = await GetHtmlAsync(http, $"/Incidents/{id}/CheckIns");
        Assert.Contains("Progress on the agreed fix", html, StringComparison.Ordinal);
        Assert.Contains("Not done yet", html, StringComparison.Ordinal);
        Assert.Contains("Mark as done", html, StringComparison.Ordinal);

        using var planned = await http.PostFormAsync($"/Incidents/{id}/CheckIns",
        [
            new("Data.Version", HttpForms.InputValue(html, "Data.Version")!),
            new("Data.PlannedOn", "2026-12-04"),
            new("Data.Topic", "Walk through the new report"),
            new(HttpForms.TokenField, HttpForms.AntiforgeryToken(html)),
        ]);
        Assert.Equal($"/Incidents/{id}/CheckIns", Location(planned));

        var afterPlanning = await GetHtmlAsync(http, $"/Incidents/{id}/CheckIns");
        Assert.Contains("The check-in is planned.", afterPlanning, StringComparison.Ordinal);
        Assert.Contains("Walk through the new report", afterPlanning, StringComparison.Ordinal);

        using var marked = await http.PostFormAsync($"/Incidents/{id}/CheckIns?handler=SetDone",
        [
            new("checkInId", existing.Id.ToString()),
            new("done", "true"),
            new("Data.Version", (await VersionAsync(id)).ToString(CultureInfo.InvariantCulture)),
            new(HttpForms.TokenField, HttpForms.AntiforgeryToken(afterPlanning)),
        ]);
        Assert.Equal($"/Incidents/{id}/CheckIns", Location(marked));

        var incident = await ReadAsync(id);
        Assert.True(incident.CheckIns.Single(c => c.Id == existing.Id).IsDone);
        Assert.False(incident.CheckIns.Single(c => c.Topic == "Walk through the new report").IsDone);
        var afterMarking = await GetHtmlAsync(http, $"/Incidents/{id}/CheckIns");
        Assert.Contains("The check-in is marked as done.", afterMarking, StringComparison.Ordinal);
        Assert.Contains("Mark as not done", afterMarking, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Posting_a_past_date_shows_the_message_next_to_the_date()
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.FollowUpRecap);
        using var http = await App.CreateSignedInClientAsync(owner);
        var html = await GetHtmlAsync(http, $"/Incidents/{id}/CheckIns");

        using var response = await http.PostFormAsync($"/Incidents/{id}/CheckIns",
        [
            new("Data.Version", HttpForms.InputValue(html, "Data.Version")!),
            new("Data.PlannedOn", "2026-11-01"),
            new("Data.Topic", "Late update"),
            new(HttpForms.TokenField, HttpForms.AntiforgeryToken(html)),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Equal("Plan check-ins from today on; past dates cannot be planned.", HttpForms.ValidationMessage(page, "Data.PlannedOn"));
        Assert.Equal("Late update", HttpForms.InputValue(page, "Data.Topic"));
        Assert.Empty((await ReadAsync(id)).CheckIns);
    }

    [Fact]
    public async Task Before_the_recap_stage_the_page_explains_why_nothing_can_be_planned_and_a_post_shows_the_refusal()
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.Conversation);
        using var http = await App.CreateSignedInClientAsync(owner);

        var html = await GetHtmlAsync(http, $"/Incidents/{id}/CheckIns");
        Assert.Contains("Check-ins are planned after the conversation", html, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Data.Topic\"", html, StringComparison.Ordinal);
        Assert.Contains("No check-ins are planned yet.", html, StringComparison.Ordinal);

        using var response = await http.PostFormAsync($"/Incidents/{id}/CheckIns",
        [
            new("Data.Version", (await VersionAsync(id)).ToString(CultureInfo.InvariantCulture)),
            new("Data.PlannedOn", "2026-12-04"),
            new("Data.Topic", "Too early"),
            new(HttpForms.TokenField, HttpForms.AntiforgeryToken(html)),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("You can plan a check-in with the client at the &quot;Follow-up recap&quot; or &quot;Internal retro&quot; stage", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task PlanAsync(TestUser user, long id, DateOnly? plannedOn, string? topic)
    {
        var version = await VersionAsync(id);
        await App.SendAsync(user, m => m.Send(new CheckInsModel.Command { Id = id, Version = version, PlannedOn = plannedOn, Topic = topic }));
    }

    private async Task SetDoneAsync(TestUser user, long id, Guid checkInId, bool done)
    {
        var version = await VersionAsync(id);
        await App.SendAsync(user, m => m.Send(new SetCheckInDone.Command(id, checkInId, done, version)));
    }
}
