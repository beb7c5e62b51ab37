using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Pages.Incidents.Playbook;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Incidents.Playbook;

public sealed class RecapTests(WebAppFixture app) : LateStagePageTest(app)
{
    private const string RecapText = "Hello Dana,\n\nThank you for the talk. We agreed on forty hours of extra work.\n\nKind regards,\nAlex";

    [Fact]
    public async Task Saving_a_draft_stores_the_text_unsent_with_a_timeline_event()
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.FollowUpRecap);

        await SaveAsync(owner, id, "  " + RecapText + "  ", send: false);

        var incident = await ReadAsync(id);
        var recap = Assert.IsType<FollowUpRecap>(incident.Recap);
        Assert.Equal(RecapText, recap.Text);
        Assert.False(recap.IsSent);
        Assert.Null(recap.SentAt);
        Assert.Equal("Saved a draft of the recap.", await LastEventAsync(id));
    }

    [Fact]
    public async Task Marking_as_sent_records_when_and_by_whom_and_blocks_further_edits()
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.FollowUpRecap);
        App.Clock.Now = FixedClock.Start.AddMinutes(42);

        await SaveAsync(owner, id, RecapText, send: true);

        var recap = (await ReadAsync(id)).Recap;
        Assert.NotNull(recap);
        Assert.Equal(App.Clock.Now, recap.SentAt);
        Assert.Equal("Alex Morgan", recap.SentByName);
        Assert.Equal("Sent the recap to the client.", await LastEventAsync(id));

        var exception = await Assert.ThrowsAsync<DomainException>(async () => await SaveAsync(owner, id, "A corrected text", send: false));
        Assert.StartsWith("The recap has already been sent.", exception.Message, StringComparison.Ordinal);
        Assert.Equal(RecapText, (await ReadAsync(id)).Recap!.Text);
    }

    [Theory]
    [InlineData("   ", "Write the recap: what happened, what was agreed, and the next steps.")]
    [InlineData(null, "Write the recap: what happened, what was agreed, and the next steps.")]
    [InlineData("too long", "Keep this to 10000 characters or fewer (now 10001).")]
    public async Task A_missing_or_too_long_text_is_reported_on_the_text_field(string? text, string message)
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.FollowUpRecap);
        var events = await EventCountAsync(id);
        var value = text == "too long" ? new string('r', Incident.RecapMaxLength + 1) : text;

        var messages = await FieldMessagesAsync(async () => await SaveAsync(owner, id, value, send: true));

        Assert.Equal(message, Assert.Contains("Text", messages));
        Assert.Null((await ReadAsync(id)).Recap);
        Assert.Equal(events, await EventCountAsync(id));
    }

    [Fact]
    public async Task The_recap_cannot_be_written_before_the_conversation_is_over()
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.Conversation);

        var exception = await Assert.ThrowsAsync<DomainException>(async () => await SaveAsync(owner, id, RecapText, send: false));

        Assert.Equal("You can write the recap at the \"Follow-up recap\" stage; this incident is at \"The conversation\".", exception.Message);
        Assert.Null((await ReadAsync(id)).Recap);
    }

    [Fact]
    public async Task Another_account_manager_s_incident_is_not_found()
    {
        var (_, id) = await IncidentAtAsync(PlaybookStage.FollowUpRecap);
        var other = await App.CreateUserAsync(Roles.AccountManager);

        await Assert.ThrowsAsync<NotFoundException>(async () => await SaveAsync(other, id, RecapText, send: false));
        await Assert.ThrowsAsync<NotFoundException>(async () => await App.SendAsync(other, m => m.Send(new RedraftRecap.Command(id, 1))));
        using var http = await App.CreateSignedInClientAsync(other);
        using var response = await http.GetAsync(new Uri($"/Incidents/{id}/Recap", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null((await ReadAsync(id)).Recap);
    }

    [Fact]
    public async Task Legal_may_not_write_the_recap()
    {
        var (_, id) = await IncidentAtAsync(PlaybookStage.FollowUpRecap, contractReference: "SOW 7");
        var legal = await App.CreateUserAsync(Roles.Legal);

        await Assert.ThrowsAsync<ForbiddenException>(async () => await SaveAsync(legal, id, RecapText, send: false));
        await AssertLegalIsRefusedAsync($"/Incidents/{id}/Recap");
        Assert.Null((await ReadAsync(id)).Recap);
    }

    [Fact]
    public async Task A_stale_version_is_refused_as_a_concurrent_change()
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.FollowUpRecap);
        var stale = await VersionAsync(id) - 1;

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(async () =>
            await App.SendAsync(owner, m => m.Send(new RecapModel.Command { Id = id, Version = stale, Text = RecapText })));
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(async () =>
            await App.SendAsync(owner, m => m.Send(new RedraftRecap.Command(id, stale))));

        Assert.Null((await ReadAsync(id)).Recap);
    }

    [Fact]
    public async Task The_page_opens_with_a_draft_from_the_record_addressed_to_the_contact()
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.FollowUpRecap);
        using var http = await App.CreateSignedInClientAsync(owner);

        var html = await GetHtmlAsync(http, $"/Incidents/{id}/Recap");

        var draft = HttpForms.TextareaValue(html, "Data.Text");
        Assert.Contains("Hello Dana Client,", draft, StringComparison.Ordinal);
        // The option as written for the client and what was agreed, never the team's description or the notes.
        Assert.Contains("Forty hours of our team's work, at no cost to you", draft, StringComparison.Ordinal);
        Assert.Contains("You will get forty hours of our team's work at no cost", draft, StringComparison.Ordinal);
        Assert.DoesNotContain("Forty hours of extra work from our team on what matters most to them now", draft, StringComparison.Ordinal);
        Assert.DoesNotContain("They were frustrated and said so", draft, StringComparison.Ordinal);
        Assert.DoesNotContain("[", draft, StringComparison.Ordinal);
        Assert.EndsWith("Alex Morgan", draft, StringComparison.Ordinal);
        Assert.Contains("No check-ins are planned yet.", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Incidents/{id}/CheckIns\"", html, StringComparison.Ordinal);
        Assert.Contains("Plan the check-ins before you draft the recap", html, StringComparison.Ordinal);
        Assert.Null((await ReadAsync(id)).Recap);
    }

    [Fact]
    public async Task Saving_a_draft_over_http_keeps_the_page_and_shows_blame_language_in_the_saved_text()
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.FollowUpRecap);
        using var http = await App.CreateSignedInClientAsync(owner);
        var html = await GetHtmlAsync(http, $"/Incidents/{id}/Recap");
        const string blaming = "Hello Dana,\n\nSadly you failed to send us the data in time.\n\nAlex";

        using var response = await http.PostFormAsync($"/Incidents/{id}/Recap", Fields(html, blaming));

        Assert.Equal($"/Incidents/{id}/Recap", Location(response));
        var page = await GetHtmlAsync(http, $"/Incidents/{id}/Recap");
        Assert.Contains("The recap draft is saved.", page, StringComparison.Ordinal);
        Assert.Equal(blaming, Lines(HttpForms.TextareaValue(page, "Data.Text")));
        Assert.Contains("Blame language in the recap", page, StringComparison.Ordinal);
        Assert.Contains("<mark>you failed to</mark>", page, StringComparison.Ordinal);
        var incident = await ReadAsync(id);
        Assert.False(incident.Recap!.IsSent);
        Assert.Contains(incident.BlameFindings, f => f.Text == ClientTextKind.Recap && !f.WasSent);
    }

    [Fact]
    public async Task Marking_a_blaming_recap_as_sent_asks_to_confirm_and_then_keeps_the_findings_with_it()
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.FollowUpRecap);
        using var http = await App.CreateSignedInClientAsync(owner);
        var html = await GetHtmlAsync(http, $"/Incidents/{id}/Recap");
        const string blaming = "Hello Dana,\n\nSadly you failed to send us the data in time.\n\nAlex";

        using var refused = await http.PostFormAsync($"/Incidents/{id}/Recap?handler=Send", Fields(html, blaming));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Send it anyway", HttpForms.ValidationMessage(page, "Data.Text"), StringComparison.Ordinal);
        Assert.Equal(blaming, Lines(HttpForms.TextareaValue(page, "Data.Text")));
        Assert.Contains("<mark>you failed to</mark>", page, StringComparison.Ordinal);
        Assert.Contains("name=\"Data.SendAnyway\"", page, StringComparison.Ordinal);
        Assert.Null((await ReadAsync(id)).Recap);

        using var sent = await http.PostFormAsync($"/Incidents/{id}/Recap?handler=Send", [.. Fields(html, blaming), new("Data.SendAnyway", "true")]);

        Assert.Equal($"/Incidents/{id}", Location(sent));
        var incident = await ReadAsync(id);
        Assert.True(incident.Recap!.IsSent);
        Assert.Contains(incident.BlameFindings, f => f.Text == ClientTextKind.Recap && f.WasSent && f.Phrase == "you failed to");
    }

    [Fact]
    public async Task Marking_as_sent_over_http_goes_to_the_incident_and_the_page_then_shows_the_recap_read_only()
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.FollowUpRecap);
        using var http = await App.CreateSignedInClientAsync(owner);
        var html = await GetHtmlAsync(http, $"/Incidents/{id}/Recap");
        var draft = HttpForms.TextareaValue(html, "Data.Text");

        using var response = await http.PostFormAsync($"/Incidents/{id}/Recap?handler=Send", Fields(html, draft));

        Assert.Equal($"/Incidents/{id}", Location(response));
        var recap = (await ReadAsync(id)).Recap;
        Assert.NotNull(recap);
        Assert.Equal(App.Clock.Now, recap.SentAt);
        Assert.Contains("Hello Dana Client,", recap.Text, StringComparison.Ordinal);

        var page = await GetHtmlAsync(http, $"/Incidents/{id}/Recap");
        Assert.Contains("Sent by Alex Morgan", page, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Data.Text\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Redraft from the record", page, StringComparison.Ordinal);

        // A post from a page opened before sending is refused by the domain, with its message.
        using var again = await http.PostFormAsync($"/Incidents/{id}/Recap", Fields(html, "Changed after sending", await VersionAsync(id)));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("The recap has already been sent.", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(recap.Text, (await ReadAsync(id)).Recap!.Text);
    }

    [Fact]
    public async Task Redrafting_replaces_the_text_with_a_fresh_draft_that_lists_the_check_ins_planned_since()
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.FollowUpRecap);
        await SaveAsync(owner, id, RecapText, send: false);
        await App.SendAsync(owner, async m =>
        {
            await m.Send(new CheckInsModel.Command { Id = id, Version = await VersionAsync(id), PlannedOn = new DateOnly(2026, 12, 1), Topic = "Demo of the fixed report" });
            return true;
        });
        using var http = await App.CreateSignedInClientAsync(owner);
        var html = await GetHtmlAsync(http, $"/Incidents/{id}/Recap");
        Assert.Equal(RecapText, Lines(HttpForms.TextareaValue(html, "Data.Text")));
        Assert.Contains("Demo of the fixed report", html, StringComparison.Ordinal);

        using var response = await http.PostFormAsync($"/Incidents/{id}/Recap?handler=Redraft", Fields(html, "ignored"));

        Assert.Equal($"/Incidents/{id}/Recap", Location(response));
        var recap = (await ReadAsync(id)).Recap!;
        Assert.False(recap.IsSent);
        Assert.Contains("Hello Dana Client,", recap.Text, StringComparison.Ordinal);
        // The check-in's day, not its topic (an internal note): "I will update you on ... 1 December 2026".
        Assert.Contains("I will update you on how things stand on 1 December 2026", recap.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Demo of the fixed report", recap.Text, StringComparison.Ordinal);
        Assert.Equal("Saved a draft of the recap.", await LastEventAsync(id));
        Assert.Contains("A fresh draft from the record replaced the text.", await GetHtmlAsync(http, $"/Incidents/{id}/Recap"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redrafting_a_sent_recap_is_refused()
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.FollowUpRecap);
        await SaveAsync(owner, id, RecapText, send: true);

        var exception = await Assert.ThrowsAsync<DomainException>(async () =>
            await App.SendAsync(owner, async m => await m.Send(new RedraftRecap.Command(id, await VersionAsync(id)))));

        Assert.StartsWith("The recap has already been sent.", exception.Message, StringComparison.Ordinal);
        Assert.Equal(RecapText, (await ReadAsync(id)).Recap!.Text);
    }

    private async Task SaveAsync(TestUser user, long id, string? text, bool send)
    {
        var version = await VersionAsync(id);
        await App.SendAsync(user, m => m.Send(new RecapModel.Command { Id = id, Version = version, Text = text, Send = send }));
    }

    private static string Lines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static List<KeyValuePair<string, string>> Fields(string html, string text, uint? version = null) =>
    [
        new("Data.Version", (version ?? uint.Parse(HttpForms.InputValue(html, "Data.Version")!, CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture)),
        new("Data.Text", text),
        new(HttpForms.TokenField, HttpForms.AntiforgeryToken(html)),
    ];
}
