using System.Net;
using Ical.Net.CalendarComponents;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Pages.Incidents.Playbook;
using PromiseKeeper.Web.Tests.Fixtures;
using Calendar = Ical.Net.Calendar;

namespace PromiseKeeper.Web.Tests.Incidents.Playbook;

public sealed class CallInviteTests(WebAppFixture app) : WebAppTest(app)
{
    [Fact]
    public async Task The_invitation_is_an_ics_request_with_the_call_in_its_zone_the_organizer_and_the_attendees()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var incident = await App.AddIncidentAsync(owner, PlaybookStage.ScheduleCall, prepare: i => PlanCall(i, owner));
        using var http = await App.CreateSignedInClientAsync(owner);

        using var response = await http.GetAsync(InviteUri(incident.Id));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal($"call-{incident.Id}.ics", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var body = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", body, StringComparison.Ordinal);
        Assert.EndsWith("END:VCALENDAR\r\n", body, StringComparison.Ordinal);
        Assert.DoesNotMatch("[^\r]\n", body);
        var calendar = Calendar.Load(body)!;
        Assert.Equal("REQUEST", calendar.Method);
        Assert.Equal("Europe/Ljubljana", Assert.Single(calendar.TimeZones).TzId);
        var call = Assert.Single(calendar.Events);
        Assert.Equal($"incident-{incident.Id}-call@promisekeeper", call.Uid);
        Assert.Equal(0, call.Sequence);
        Assert.Equal("CONFIRMED", call.Status);
        // 14:00 in Ljubljana (13:00 UTC in November); the call lasts half an hour, as the request email asks.
        Assert.Equal(("Europe/Ljubljana", new DateTime(2026, 11, 24, 14, 0, 0)), (call.DtStart!.TzId, call.DtStart.Value));
        Assert.Equal(("Europe/Ljubljana", new DateTime(2026, 11, 24, 14, 30, 0)), (call.DtEnd!.TzId, call.DtEnd.Value));
        Assert.Equal(new DateTime(2026, 11, 24, 13, 0, 0), call.DtStart.AsUtc);
        Assert.Equal(FixedClock.Start.UtcDateTime, call.DtStamp!.AsUtc);
        // The invitation goes to the client: names only, never the internal summary.
        Assert.Equal("Call: Dana Client and Alex Morgan", call.Summary);
        Assert.Equal("Video call", call.Location);
        Assert.Equal(("Alex Morgan", new Uri($"mailto:{owner.Email}")), (call.Organizer!.CommonName, call.Organizer.Value));
        Assert.Equal(
            [("Dana Client", "mailto:dana@client.example", "REQ-PARTICIPANT"), (null, "mailto:sam@us.example", "REQ-PARTICIPANT")],
            call.Attendees.Select(a => (a.CommonName, a.Value!.ToString(), a.Role)).ToList());
        Assert.StartsWith(
            "A conversation with Dana Client about what happened and what we propose to put it right. Organised by Alex Morgan.\n\n"
            + "Length: half an hour\n"
            + "Local time for the organiser: Tuesday 24 November 2026, 14:00 (Europe/Ljubljana)\nAttendees: Dana Client <dana@client.example>, sam@us.example",
            call.Description,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rescheduling_the_call_keeps_the_uid_and_raises_the_sequence()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var incident = await App.AddIncidentAsync(owner, PlaybookStage.ScheduleCall, prepare: i => PlanCall(i, owner));
        using var http = await App.CreateSignedInClientAsync(owner);
        var before = await InviteAsync(http, incident.Id);

        await App.SendAsync(owner, async m => await m.Send(new CallModel.Command
        {
            Id = incident.Id,
            Version = await App.VersionAsync(incident.Id),
            TimeZone = "UTC",
            StartsAt = new DateTime(2026, 11, 25, 9, 30, 0),
            TimeZoneId = "Europe/Ljubljana",
            Channel = CallChannel.Video,
            Attendees = "Dana Client <dana@client.example>;\nsam@us.example\nSomeone without an address",
            ClientSentence = "Release 2.4 will not be in production on 1 November as we promised you.",
            RequestEmail = "Subject: A short call?\n\nCould we talk?",
            CallPlan = "Opening. Listen. Apologise. Offer.",
        }));
        var after = await InviteAsync(http, incident.Id);

        Assert.Equal(before.Uid, after.Uid);
        Assert.Equal((0, 1), (before.Sequence, after.Sequence));
        Assert.Equal(new DateTime(2026, 11, 25, 9, 30, 0), after.DtStart!.Value);
        Assert.Equal(1, (await App.ReadAsync(incident.Id)).Call!.InviteSequence);
    }

    [Fact]
    public async Task A_call_replaced_by_a_written_message_is_offered_as_a_cancellation()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var incident = await App.AddIncidentAsync(owner, PlaybookStage.ScheduleCall, prepare: i =>
        {
            PlanCall(i, owner);
            i.WriteInsteadOfCall(new EmailInsteadDetails { Reason = "Dana lost her voice", Message = "Hello Dana", ClientSentence = "Release 2.4 will be late." }, sent: false, owner.AsActor(), FixedClock.Start);
        });
        using var http = await App.CreateSignedInClientAsync(owner);

        var calendar = Calendar.Load(await http.GetStringAsync(InviteUri(incident.Id)))!;
        var callPage = await http.GetStringAsync(new Uri($"/Incidents/{incident.Id}/Call", UriKind.Relative));

        Assert.Equal("CANCEL", calendar.Method);
        var cancelled = Assert.Single(calendar.Events);
        Assert.Equal(("CANCELLED", 1, $"incident-{incident.Id}-call@promisekeeper"), (cancelled.Status, cancelled.Sequence, cancelled.Uid));
        Assert.Equal(new DateTime(2026, 11, 24, 14, 0, 0), cancelled.DtStart!.Value);
        Assert.Contains($"href=\"/Incidents/{incident.Id}/Call/invite.ics\">Download the cancellation for calendars (.ics)</a>", callPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_call_still_ahead_when_the_incident_is_marked_not_applicable_is_offered_as_a_cancellation()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var incident = await App.AddIncidentAsync(owner, PlaybookStage.ScheduleCall, prepare: i =>
        {
            PlanCall(i, owner);
            i.MarkNotApplicable("The client demands a year of free work and threatens to leave.", owner.AsActor(), FixedClock.Start);
        });
        using var http = await App.CreateSignedInClientAsync(owner);

        var cancelled = Assert.Single(Calendar.Load(await http.GetStringAsync(InviteUri(incident.Id)))!.Events);
        var details = await http.GetStringAsync(new Uri($"/Incidents/{incident.Id}", UriKind.Relative));

        Assert.Equal(("CANCELLED", 1), (cancelled.Status, cancelled.Sequence));
        Assert.Contains("Download the cancellation for calendars (.ics)", details, StringComparison.Ordinal);
        Assert.DoesNotContain("Download the calendar invitation (.ics)", details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_planned_call_there_is_no_invitation()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var noCall = await App.AddIncidentAsync(owner, PlaybookStage.ScheduleCall);
        var writtenInstead = await App.AddIncidentAsync(owner, PlaybookStage.ScheduleCall, prepare: i =>
            i.WriteInsteadOfCall(new EmailInsteadDetails { Reason = "No phone", Message = "Hello Dana", ClientSentence = "Release 2.4 will be late." }, sent: true, owner.AsActor(), FixedClock.Start.AddMinutes(-1)));
        // A written message without a call planned before cancels nothing, so there is nothing for a calendar either.
        using var http = await App.CreateSignedInClientAsync(owner);

        using var first = await http.GetAsync(InviteUri(noCall.Id));
        using var second = await http.GetAsync(InviteUri(writtenInstead.Id));

        Assert.Equal(HttpStatusCode.NotFound, first.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);
    }

    [Fact]
    public async Task Another_account_manager_s_call_is_not_found()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var other = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await App.AddIncidentAsync(owner, PlaybookStage.ScheduleCall, prepare: i => PlanCall(i, owner));
        using var http = await App.CreateSignedInClientAsync(other);

        using var response = await http.GetAsync(InviteUri(incident.Id));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("VCALENDAR", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static void PlanCall(Incident incident, TestUser owner) =>
        incident.ScheduleCall(
            new CallDetails
            {
                StartsAt = new DateTimeOffset(2026, 11, 24, 14, 0, 0, TimeSpan.FromHours(1)),
                TimeZoneId = "Europe/Ljubljana",
                Channel = CallChannel.Video,
                Attendees = "Dana Client <dana@client.example>;\nsam@us.example\nSomeone without an address",
                ClientSentence = "Release 2.4 will not be in production on 1 November as we promised you.",
                RequestEmail = "Subject: A short call?\n\nCould we talk?",
                CallPlan = "Opening. Listen. Apologise. Offer.",
            },
            requestSent: false,
            owner.AsActor(),
            FixedClock.Start.AddMinutes(-1));

    private static Uri InviteUri(long id) => new($"/Incidents/{id}/Call/invite.ics", UriKind.Relative);

    private static async Task<CalendarEvent> InviteAsync(HttpClient http, long id) =>
        Assert.Single(Calendar.Load(await http.GetStringAsync(InviteUri(id)))!.Events);
}
