using System.Net;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Pages.Incidents.Playbook;
using PromiseKeeper.Web.Tests.Fixtures;
using PromiseKeeper.Web.Tests.Mail;
using Calendar = Ical.Net.Calendar;

namespace PromiseKeeper.Web.Tests.Incidents.Playbook;

/// <summary>
/// The call's invitation by email, as the real in-process SMTP server receives it: a text/calendar part (REQUEST or
/// CANCEL, the call's UID, its revision as SEQUENCE) beside the text and HTML bodies, once per attendee, through the outbox.
/// </summary>
public sealed class CallInvitationEmailTests(WebAppFixture app) : WebAppTest(app)
{
    private const string Attendees = "Dana Client <dana@client.example>;\nsam@us.example";
    private const string RequestEmail = "Subject: A short call?\n\nCould we talk on Tuesday?";

    [Fact]
    public async Task The_invitation_goes_to_each_attendee_as_a_calendar_request_with_the_request_email_in_three_statements()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var incident = await App.AddIncidentAsync(owner, PlaybookStage.ScheduleCall, prepare: i => PlanCall(i, owner));
        await ClearOutboxAsync();
        using var http = await App.CreateSignedInClientAsync(owner);
        var (page, action) = Paths(incident.Id);
        var form = HtmlForm.Fields(await http.GetStringAsync(new Uri(page, UriKind.Relative)), page, action);

        var (response, sql) = await PostCountingAsync(http, action, form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Incidents/{incident.Id}", response.Location());
        Assert.True(sql.Count <= 3, $"{sql.Count} statements:\n{string.Join("\n---\n", sql)}");
        var messages = await DeliverAsync();
        Assert.Equal(["dana@client.example", "sam@us.example"], messages.Select(To).Order());
        foreach (var message in messages)
        {
            Assert.Equal("promisekeeper@example.test", Assert.IsType<MailboxAddress>(Assert.Single(message.From)).Address);
            var replyTo = Assert.IsType<MailboxAddress>(Assert.Single(message.ReplyTo));
            Assert.Equal((owner.Email, "Alex Morgan"), (replyTo.Address, replyTo.Name));
            Assert.Equal("A short call?", message.Subject);
            var body = Assert.IsType<MultipartAlternative>(message.Body);
            Assert.Equal(["text/plain", "text/html", "text/calendar"], body.Select(p => p.ContentType.MimeType));
            Assert.Equal("Could we talk on Tuesday?", message.TextBody?.Trim());
            Assert.Contains("<p>Could we talk on Tuesday?</p>", message.HtmlBody, StringComparison.Ordinal);
            var (method, text) = CalendarOf(message);
            Assert.Equal("REQUEST", method);
            Assert.Contains("METHOD:REQUEST\n", text, StringComparison.Ordinal);
            Assert.Contains("SEQUENCE:0\n", text, StringComparison.Ordinal);
            Assert.Contains($"UID:incident-{incident.Id}-call@promisekeeper\n", text, StringComparison.Ordinal);
            var call = Assert.Single(Calendar.Load(text)!.Events);
            Assert.Equal(new DateTime(2026, 11, 24, 13, 0, 0), call.DtStart!.AsUtc);
            Assert.Equal(["mailto:dana@client.example", "mailto:sam@us.example"], call.Attendees.Select(a => a.Value!.ToString()));
            Assert.Equal(new Uri($"mailto:{owner.Email}"), call.Organizer!.Value);
        }

        var stored = (await App.ReadAsync(incident.Id)).Call!;
        Assert.True(stored.IsSent, "The request email went with the invitation.");
        Assert.Equal((0, "dana@client.example;sam@us.example"), (stored.EmailedSequence, stored.EmailedTo));
    }

    [Fact]
    public async Task A_changed_call_goes_out_as_an_update_once_and_writing_instead_cancels_it_in_every_calendar()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var incident = await App.AddIncidentAsync(owner, PlaybookStage.ScheduleCall, prepare: i => PlanCall(i, owner));
        await ClearOutboxAsync();
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var worker = await DeliveryWorker.StartAsync(App, smtp.Port);
        await EmailAsync(owner, incident.Id, new DateTime(2026, 11, 24, 14, 0, 0), Attendees);
        await Outbox.WaitUntilNonePendingAsync(App);
        smtp.Received.Clear();

        // An hour later, and Sam makes way for Lea: the update to Dana and Lea, a cancellation to Sam.
        var emailed = await EmailAsync(owner, incident.Id, new DateTime(2026, 11, 24, 15, 0, 0), "Dana Client <dana@client.example>; Lea Novak <lea@us.example>");
        await Outbox.WaitUntilNonePendingAsync(App);

        Assert.Equal(["dana@client.example", "lea@us.example"], emailed!.Order());
        var update = smtp.Received.Where(m => CalendarOf(m).Method == "REQUEST").ToList();
        Assert.Equal(["dana@client.example", "lea@us.example"], update.Select(To).Order());
        Assert.All(update, m => Assert.Equal("Updated invitation: Call: Dana Client and Alex Morgan", m.Subject));
        Assert.All(update, m => Assert.Contains("it is now on Tuesday 24 November 2026, 15:00 (Europe/Ljubljana)", m.TextBody, StringComparison.Ordinal));
        var moved = Assert.Single(Calendar.Load(CalendarOf(update[0]).Text)!.Events);
        Assert.Equal((1, new DateTime(2026, 11, 24, 14, 0, 0)), (moved.Sequence, moved.DtStart!.AsUtc));
        var dropped = Assert.Single(smtp.Received, m => CalendarOf(m).Method == "CANCEL");
        Assert.Equal("sam@us.example", To(dropped));
        Assert.Contains("STATUS:CANCELLED\n", CalendarOf(dropped).Text, StringComparison.Ordinal);
        Assert.Contains("SEQUENCE:1\n", CalendarOf(dropped).Text, StringComparison.Ordinal);

        // Saving the same call and asking again sends nothing: the attendees hold this revision.
        smtp.Received.Clear();
        Assert.Empty((await EmailAsync(owner, incident.Id, new DateTime(2026, 11, 24, 15, 0, 0), "Dana Client <dana@client.example>; Lea Novak <lea@us.example>"))!);

        await App.SendAsync(owner, async m => await m.Send(new WriteInsteadModel.Command
        {
            Id = incident.Id,
            Version = await App.VersionAsync(incident.Id),
            Reason = "The client is on a ship for three weeks and reads email only.",
            ClientSentence = "Release 2.4 will not be in production on 1 November as we promised you.",
            Message = "Hello Dana,\n\nwe have not kept our promise. Can we talk when you are back?",
        }));
        await Outbox.WaitUntilNonePendingAsync(App);

        Assert.Equal(["dana@client.example", "lea@us.example"], smtp.Received.Select(To).Order());
        foreach (var cancelled in smtp.Received)
        {
            var (method, text) = CalendarOf(cancelled);
            Assert.Equal("CANCEL", method);
            Assert.Equal("Cancelled: Call: Dana Client and Alex Morgan", cancelled.Subject);
            var call = Assert.Single(Calendar.Load(text)!.Events);
            Assert.Equal(($"incident-{incident.Id}-call@promisekeeper", 2, "CANCELLED"), (call.Uid, call.Sequence, call.Status));
        }

        Assert.Null((await App.ReadAsync(incident.Id)).Call!.EmailedTo);
    }

    [Fact]
    public async Task Marking_the_incident_not_applicable_cancels_an_emailed_call_still_ahead_in_the_clients_language()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var slovenian = await App.AddClientAsync("Kovinar", language: "sl");
        var incident = await App.AddIncidentAsync(owner, PlaybookStage.ScheduleCall, details: d => d with { ClientId = slovenian }, prepare: i => PlanCall(i, owner));
        await EmailAsync(owner, incident.Id, new DateTime(2026, 11, 24, 14, 0, 0), Attendees);
        await ClearOutboxAsync();

        await App.SendAsync(owner, async m => await m.Send(new NotApplicableModel.Command
        {
            Id = incident.Id,
            Version = await App.VersionAsync(incident.Id),
            Reason = "The client demands a year of free work and threatens to leave.",
        }));

        var emails = await Outbox.AllAsync(App);
        Assert.Equal(["dana@client.example", "sam@us.example"], emails.Select(e => e.RecipientAddress).Order());
        Assert.All(emails, e => Assert.Equal(("CANCEL", "Odpovedano: Klic: Dana Client in Alex Morgan"), (e.CalendarMethod, e.Subject)));
        Assert.All(emails, e => Assert.Contains("je odpovedan", e.TextBody, StringComparison.Ordinal));
        Assert.All(emails, e => Assert.Equal(owner.Email, e.ReplyToAddress));
    }

    [Fact]
    public async Task An_attendee_without_an_address_or_with_a_bad_one_is_named_next_to_the_field_and_nothing_is_sent()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var incident = await App.AddIncidentAsync(owner, PlaybookStage.ScheduleCall, prepare: i => PlanCall(i, owner));
        await ClearOutboxAsync();
        using var http = await App.CreateSignedInClientAsync(owner);
        var (page, action) = Paths(incident.Id);
        const string typed = "Dana Client <dana@client>; Sam Other";
        var form = HtmlForm.Fields(await http.GetStringAsync(new Uri(page, UriKind.Relative)), page, action)
            .Where(f => f.Key != "Data.Attendees").Append(new("Data.Attendees", typed)).ToList();

        using var response = await http.PostFormAsync(action, form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Not an email address: Dana Client <dana@client>.", html, StringComparison.Ordinal);
        Assert.Contains("The invitation cannot reach Sam Other without an email address.", html, StringComparison.Ordinal);
        Assert.Contains($"{typed}</textarea>", html, StringComparison.Ordinal);
        Assert.Matches("<textarea[^>]*aria-describedby=\"[^\"]*Data_Attendees-error", await response.Content.ReadAsStringAsync());
        Assert.Empty(await Outbox.AllAsync(App));
        Assert.False((await App.ReadAsync(incident.Id)).Call!.IsSent);
    }

    [Fact]
    public async Task Someone_who_may_not_change_the_incident_or_a_post_without_the_antiforgery_token_sends_nothing()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var stranger = await App.CreateUserAsync(Roles.AccountManager, "Sam Other", await App.AddTeamAsync("Other team"));
        var incident = await App.AddIncidentAsync(owner, PlaybookStage.ScheduleCall, prepare: i => PlanCall(i, owner));
        await ClearOutboxAsync();
        var (page, action) = Paths(incident.Id);
        using var ownerHttp = await App.CreateSignedInClientAsync(owner);
        var form = HtmlForm.Fields(await ownerHttp.GetStringAsync(new Uri(page, UriKind.Relative)), page, action);

        using var withoutToken = await ownerHttp.PostFormAsync(action, form.Where(f => f.Key != "__RequestVerificationToken"));
        using var strangerHttp = await App.CreateSignedInClientAsync(stranger);
        var token = await strangerHttp.GetAntiforgeryTokenAsync("/Account/Profile");
        using var refused = await strangerHttp.PostFormAsync(action, [.. form.Where(f => f.Key != "__RequestVerificationToken"), new("__RequestVerificationToken", token)]);

        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Contains(refused.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.Forbidden });
        Assert.Empty(await Outbox.AllAsync(App));
    }

    private static void PlanCall(Incident incident, TestUser owner) =>
        incident.ScheduleCall(
            new CallDetails
            {
                StartsAt = new DateTimeOffset(2026, 11, 24, 14, 0, 0, TimeSpan.FromHours(1)),
                TimeZoneId = "Europe/Ljubljana",
                Channel = CallChannel.Video,
                Attendees = Attendees,
                ClientSentence = "Release 2.4 will not be in production on 1 November as we promised you.",
                RequestEmail = RequestEmail,
                CallPlan = "Opening. Listen. Apologise. Offer.",
            },
            requestSent: false,
            owner.AsActor(),
            FixedClock.Start);

    /// <summary>Saves the call at <paramref name="startsAt"/> (Ljubljana) with <paramref name="attendees"/> and emails its invitation.</summary>
    private Task<IReadOnlyList<string>?> EmailAsync(TestUser owner, long id, DateTime startsAt, string attendees) =>
        App.SendAsync(owner, async m => await m.Send(new CallModel.Command
        {
            Id = id,
            Version = await App.VersionAsync(id),
            TimeZone = "UTC",
            StartsAt = startsAt,
            TimeZoneId = "Europe/Ljubljana",
            Channel = CallChannel.Video,
            Attendees = attendees,
            ClientSentence = "Release 2.4 will not be in production on 1 November as we promised you.",
            RequestEmail = RequestEmail,
            CallPlan = "Opening. Listen. Apologise. Offer.",
            EmailInvitation = true,
        }));

    private async Task<List<MimeMessage>> DeliverAsync()
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var worker = await DeliveryWorker.StartAsync(App, smtp.Port);
        await Outbox.WaitUntilNonePendingAsync(App);
        return [.. smtp.Received];
    }

    private async Task<(HttpResponseMessage Response, IReadOnlyList<string> Sql)> PostCountingAsync(
        HttpClient http, string action, List<KeyValuePair<string, string>> form)
    {
        var probe = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(action, UriKind.Relative)) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add(SqlCommandLog.ProbeHeader, probe);
        var response = await http.SendAsync(request);
        return (response, App.Sql.CommandsFor(probe));
    }

    private static (string Page, string Action) Paths(long id) => ($"/Incidents/{id}/Call", $"/Incidents/{id}/Call?handler=EmailInvitation");

    private static string To(MimeMessage message) => Assert.IsType<MailboxAddress>(Assert.Single(message.To)).Address;

    private static (string Method, string Text) CalendarOf(MimeMessage message)
    {
        var part = Assert.Single(message.BodyParts.OfType<TextPart>(), p => p.ContentType.MimeType == "text/calendar");
        // On the wire every line ends in CRLF (SMTP); the text MimeKit decodes may end them in LF, so lines are compared without it.
        return (part.ContentType.Parameters["method"] ?? string.Empty, part.Text.ReplaceLineEndings("\n"));
    }

    private Task ClearOutboxAsync() => App.WithDbAsync(db => db.OutgoingEmails.ExecuteDeleteAsync());
}
