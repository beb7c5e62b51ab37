using System.Net;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Incidents.Playbook;

public sealed class CallInviteTests(WebAppFixture app) : WebAppTest(app)
{
    [Fact]
    public async Task The_invitation_is_an_ics_file_with_the_call_in_utc_the_client_and_the_attendees()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var incident = await App.AddIncidentAsync(owner, PlaybookStage.ScheduleCall, prepare: i => PlanCall(i, owner));
        using var http = await App.CreateSignedInClientAsync(owner);

        using var response = await http.GetAsync(new Uri($"/Incidents/{incident.Id}/Call/invite.ics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal($"call-{incident.Id}.ics", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var body = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", body, StringComparison.Ordinal);
        Assert.EndsWith("END:VCALENDAR\r\n", body, StringComparison.Ordinal);
        Assert.DoesNotMatch("[^\r]\n", body);
        var lines = Unfold(body);
        Assert.Contains($"UID:incident-{incident.Id}-call@promisekeeper", lines);
        // 14:00 in Ljubljana in November is 13:00 UTC; the call lasts 45 minutes.
        Assert.Contains("DTSTART:20261124T130000Z", lines);
        Assert.Contains("DTEND:20261124T134500Z", lines);
        Assert.Contains("DTSTAMP:20261123T120000Z", lines);
        Assert.Contains("SUMMARY:Call with Acme: Release 2.4 shipped three weeks late", lines);
        Assert.Contains("LOCATION:Video call", lines);
        Assert.Contains($"ORGANIZER;CN=Alex Morgan:mailto:{owner.Email}", lines);
        Assert.Contains("ATTENDEE;CN=Dana Client:mailto:dana@client.example", lines);
        Assert.Contains("ATTENDEE:mailto:sam@us.example", lines);
        Assert.Equal(2, lines.Count(l => l.StartsWith("ATTENDEE", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.StartsWith("DESCRIPTION:", StringComparison.Ordinal) && l.Contains("Tuesday 24 November 2026\\, 14:00 (Europe/Ljubljana)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_a_planned_call_there_is_no_invitation()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var noCall = await App.AddIncidentAsync(owner, PlaybookStage.ScheduleCall);
        var writtenInstead = await App.AddIncidentAsync(owner, PlaybookStage.ScheduleCall, prepare: i =>
            i.WriteInsteadOfCall(new EmailInsteadDetails { Reason = "No phone", Message = "Hello Dana" }, sent: true, owner.AsActor(), FixedClock.Start.AddMinutes(-1)));
        using var http = await App.CreateSignedInClientAsync(owner);

        using var first = await http.GetAsync(new Uri($"/Incidents/{noCall.Id}/Call/invite.ics", UriKind.Relative));
        using var second = await http.GetAsync(new Uri($"/Incidents/{writtenInstead.Id}/Call/invite.ics", UriKind.Relative));

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

        using var response = await http.GetAsync(new Uri($"/Incidents/{incident.Id}/Call/invite.ics", UriKind.Relative));

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
                RequestEmail = "Subject: A short call?\n\nCould we talk?",
                CallPlan = "Opening. Listen. Apologise. Offer.",
            },
            requestSent: false,
            owner.AsActor(),
            FixedClock.Start.AddMinutes(-1));

    /// <summary>The content lines with RFC 5545 folding undone.</summary>
    private static List<string> Unfold(string calendar) =>
        [.. calendar.Replace("\r\n ", string.Empty, StringComparison.Ordinal).Split("\r\n", StringSplitOptions.RemoveEmptyEntries)];
}
