using System.Net;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Pages.Incidents.Playbook;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Incidents.Playbook;

public sealed class WriteInsteadTests(WebAppFixture app) : WebAppTest(app)
{
    [Fact]
    public async Task The_page_opens_with_the_message_drafted_from_the_incident()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var incident = await App.AddIncidentAsync(owner, PlaybookStage.ScheduleCall);
        using var http = await App.CreateSignedInClientAsync(owner);

        var page = await GetPageAsync(http, incident.Id);

        var message = HttpForms.TextareaValue(page, "Data.Message");
        Assert.StartsWith("Subject: What happened, and what we propose", message, StringComparison.Ordinal);
        Assert.Contains("Hello Dana Client,", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Release 2.4 shipped three weeks late", message, StringComparison.Ordinal);
        // The option as written for the client, never the team's description.
        Assert.Contains("Forty hours of our team's work, at no cost to you", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Forty hours of extra work from our team on what matters most to them now", message, StringComparison.Ordinal);
        // Nothing is written for the client yet: the draft asks for it instead of using the internal summary.
        Assert.Contains("[In a sentence or two: what went wrong, and what it means for you]", message, StringComparison.Ordinal);
        Assert.EndsWith("Alex Morgan", message, StringComparison.Ordinal);
        Assert.Equal(string.Empty, HttpForms.TextareaValue(page, "Data.Reason"));
        Assert.Contains("Nothing is saved yet.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Saving_and_marking_as_sent_tells_the_client_now_with_a_timeline_event()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var incident = await App.AddIncidentAsync(owner, PlaybookStage.ScheduleCall);

        await App.SendAsync(owner, async m => await m.Send(await ValidMessageAsync(incident.Id) with { Sent = true }));

        var stored = await App.ReadAsync(incident.Id);
        var call = stored.Call!;
        Assert.Equal(ContactMode.EmailInstead, call.Mode);
        Assert.Equal("The client is on a ship for three weeks and reads email only.", call.EmailInsteadReason);
        Assert.Equal("Hello Dana,\n\nwe have not kept our promise. Can we talk when you are back?", call.EmailInsteadMessage);
        Assert.Equal(App.Clock.Now, call.SentAt);
        Assert.Equal(App.Clock.Now, stored.ClientToldAt);
        Assert.Equal(FirstDisclosure.WeToldTheClient, stored.FirstDisclosure);
        var written = stored.Timeline.OrderBy(e => e.OccurredAt).ThenBy(e => e.Id).Last();
        Assert.Equal(("Alex Morgan", "Sent a written message instead of a call (a call was not possible); it offers to talk."), (written.ActorName, written.Description));
    }

    [Fact]
    public async Task Saving_without_sending_keeps_the_client_untold_and_shows_the_saved_message()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await App.AddIncidentAsync(owner, PlaybookStage.ScheduleCall);
        using var http = await App.CreateSignedInClientAsync(owner);
        var page = await GetPageAsync(http, incident.Id);

        using var response = await http.PostFormAsync($"/Incidents/{incident.Id}/WriteInstead", FormFields(page, "Hello Dana,\n\nI am sorry. We never promised that lightly.", sent: false));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Incidents/{incident.Id}/WriteInstead", response.Location());
        var stored = await App.ReadAsync(incident.Id);
        Assert.False(stored.Call!.IsSent);
        Assert.Null(stored.ClientToldAt);
        var finding = Assert.Single(stored.BlameFindings);
        Assert.Equal((ClientTextKind.EmailInsteadOfCall, false), (finding.Text, finding.WasSent));
        page = await GetPageAsync(http, incident.Id);
        Assert.Contains("The message is saved. Send it, then mark it as sent here.", page, StringComparison.Ordinal);
        Assert.Contains("The message is saved but not sent yet.", page, StringComparison.Ordinal);
        Assert.Equal("Hello Dana,\n\nI am sorry. We never promised that lightly.", HttpForms.TextareaValue(page, "Data.Message"));
        Assert.Equal("Travelling without phone", HttpForms.TextareaValue(page, "Data.Reason"));
        Assert.Contains("<mark>We never promised</mark>", page, StringComparison.Ordinal);

        using var sent = await http.PostFormAsync($"/Incidents/{incident.Id}/WriteInstead", FormFields(page, "Hello Dana,\n\nI am sorry. Can we talk?", sent: true));

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal($"/Incidents/{incident.Id}", sent.Location());
        stored = await App.ReadAsync(incident.Id);
        Assert.True(stored.Call!.IsSent);
        Assert.Equal(App.Clock.Now, stored.ClientToldAt);
    }

    [Theory]
    [InlineData("Reason")]
    [InlineData("Message")]
    public async Task A_missing_reason_or_message_is_reported_on_its_field_and_nothing_is_written(string field)
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await App.AddIncidentAsync(owner, PlaybookStage.ScheduleCall);
        var command = await ValidMessageAsync(incident.Id);
        command = field == "Reason" ? command with { Reason = " " } : command with { Message = null };

        var exception = await Assert.ThrowsAsync<DomainException>(async () => await App.SendAsync(owner, m => m.Send(command with { Sent = true })));

        Assert.Equal(field, Assert.Single(exception.Violations).Field);
        var stored = await App.ReadAsync(incident.Id);
        Assert.Null(stored.Call);
        Assert.Null(stored.ClientToldAt);
    }

    [Fact]
    public async Task Marking_a_blaming_message_as_sent_asks_to_confirm_and_then_keeps_the_findings_with_it()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await App.AddIncidentAsync(owner, PlaybookStage.ScheduleCall);
        using var http = await App.CreateSignedInClientAsync(owner);
        var page = await GetPageAsync(http, incident.Id);
        const string message = "Hello Dana,\n\nthe warehouse team lost your order. Can we talk?";

        using var refused = await http.PostFormAsync($"/Incidents/{incident.Id}/WriteInstead", FormFields(page, message, sent: true));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Send it anyway", HttpForms.ValidationMessage(html, "Data.Message"), StringComparison.Ordinal);
        Assert.Equal(message, HttpForms.TextareaValue(html, "Data.Message").ReplaceLineEndings("\n"));
        Assert.Contains("<mark>The warehouse team lost</mark>".ToLowerInvariant(), html.ToLowerInvariant(), StringComparison.Ordinal);
        var untouched = await App.ReadAsync(incident.Id);
        Assert.Null(untouched.Call);
        Assert.Empty(untouched.BlameFindings);

        using var sent = await http.PostFormAsync($"/Incidents/{incident.Id}/WriteInstead", [.. FormFields(page, message, sent: true), new("Data.SendAnyway", "true")]);

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var stored = await App.ReadAsync(incident.Id);
        Assert.True(stored.Call!.IsSent);
        Assert.Equal(message, stored.Call.EmailInsteadMessage);
        var finding = Assert.Single(stored.BlameFindings);
        Assert.Equal((ClientTextKind.EmailInsteadOfCall, true, "the warehouse team lost"), (finding.Text, finding.WasSent, finding.Phrase));
    }

    [Fact]
    public async Task Posting_without_a_reason_shows_the_message_on_that_field_and_keeps_the_text()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await App.AddIncidentAsync(owner, PlaybookStage.ScheduleCall);
        using var http = await App.CreateSignedInClientAsync(owner);
        var page = await GetPageAsync(http, incident.Id);

        using var response = await http.PostFormAsync(
            $"/Incidents/{incident.Id}/WriteInstead",
            FormFields(page, "My careful message.", sent: true).Where(f => f.Key != "Data.Reason"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal("Say why a call is not possible; a call is always the better way to give bad news.", HttpForms.ValidationMessage(html, "Data.Reason"));
        Assert.Equal("My careful message.", HttpForms.TextareaValue(html, "Data.Message"));
        Assert.Null((await App.ReadAsync(incident.Id)).Call);
    }

    [Fact]
    public async Task At_another_stage_the_message_is_refused()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await App.AddIncidentAsync(owner, PlaybookStage.Conversation);

        var exception = await Assert.ThrowsAsync<DomainException>(async () => await App.SendAsync(owner, async m => await m.Send(await ValidMessageAsync(incident.Id))));

        Assert.Equal("You can plan how to tell the client at the \"Schedule the call\" stage; this incident is at \"The conversation\".", exception.Message);
        Assert.Equal(ContactMode.Call, (await App.ReadAsync(incident.Id)).Call!.Mode);
        using var http = await App.CreateSignedInClientAsync(owner);
        Assert.Contains("so the message can only be read here.", WebUtility.HtmlDecode(await GetPageAsync(http, incident.Id)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_account_manager_s_incident_is_not_found_and_legal_is_refused()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var other = await App.CreateUserAsync(Roles.AccountManager);
        var legal = await App.CreateUserAsync(Roles.Legal);
        var incident = await App.AddIncidentAsync(owner, PlaybookStage.ScheduleCall, contractReference: "SOW 7");

        await Assert.ThrowsAsync<NotFoundException>(async () => await App.SendAsync(other, async m => await m.Send(await ValidMessageAsync(incident.Id))));
        await Assert.ThrowsAsync<ForbiddenException>(async () => await App.SendAsync(legal, async m => await m.Send(await ValidMessageAsync(incident.Id))));
        using var otherHttp = await App.CreateSignedInClientAsync(other);
        using var notFound = await otherHttp.GetAsync(new Uri($"/Incidents/{incident.Id}/WriteInstead", UriKind.Relative));
        using var legalHttp = await App.CreateSignedInClientAsync(legal);
        using var refused = await legalHttp.GetAsync(new Uri($"/Incidents/{incident.Id}/WriteInstead", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", refused.Location(), StringComparison.Ordinal);
        Assert.Null((await App.ReadAsync(incident.Id)).Call);
    }

    [Fact]
    public async Task A_stale_version_is_refused_as_a_concurrent_change()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await App.AddIncidentAsync(owner, PlaybookStage.ScheduleCall);
        var stale = await ValidMessageAsync(incident.Id);
        await App.SendAsync(owner, m => m.Send(stale with { Message = "Theirs" }));

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(async () => await App.SendAsync(owner, m => m.Send(stale with { Sent = true })));

        var stored = await App.ReadAsync(incident.Id);
        Assert.Equal("Theirs", stored.Call!.EmailInsteadMessage);
        Assert.False(stored.Call.IsSent);
    }

    private async Task<WriteInsteadModel.Command> ValidMessageAsync(long incidentId) => new()
    {
        Id = incidentId,
        Version = await App.VersionAsync(incidentId),
        Reason = "The client is on a ship for three weeks and reads email only.",
        ClientSentence = "Release 2.4 will not be in production on 1 November as we promised you.",
        Message = "Hello Dana,\n\nwe have not kept our promise. Can we talk when you are back?",
    };

    private static async Task<string> GetPageAsync(HttpClient http, long id)
    {
        using var response = await http.GetAsync(new Uri($"/Incidents/{id}/WriteInstead", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static List<KeyValuePair<string, string>> FormFields(string page, string message, bool sent) =>
    [
        new("Data.Version", HttpForms.InputValue(page, "Data.Version")!),
        new("Data.Reason", "Travelling without phone"),
        new("Data.ClientSentence", "Release 2.4 will not be in production on 1 November as we promised you."),
        new("Data.Greeting", "FullName"),
        new("Data.Message", message),
        new("Data.Sent", sent ? "true" : "false"),
        new(HttpForms.TokenField, HttpForms.AntiforgeryToken(page)),
    ];
}
