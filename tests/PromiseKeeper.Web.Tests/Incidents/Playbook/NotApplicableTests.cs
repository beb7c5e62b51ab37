using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Infrastructure.Texts;
using PromiseKeeper.Web.Pages.Incidents.Playbook;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Incidents.Playbook;

public sealed class NotApplicableTests(WebAppFixture app) : LateStagePageTest(app)
{
    private const string Reason = "The client asks us to rebuild their whole platform for free.";

    [Theory]
    [InlineData(PlaybookStage.InvestigateOrigin)]
    [InlineData(PlaybookStage.Conversation)]
    [InlineData(PlaybookStage.InternalRetro)]
    public async Task Marking_stops_the_playbook_with_the_reason_on_record(PlaybookStage stage)
    {
        var (owner, id) = await IncidentAtAsync(stage);

        await MarkAsync(owner, id, "  " + Reason + "  ");

        var incident = await ReadAsync(id);
        Assert.Equal(PlaybookStage.NotApplicable, incident.Stage);
        Assert.Equal(Reason, incident.NotApplicableReason);
        Assert.Equal(App.Clock.Now, incident.FinishedAt);
        Assert.Equal($"Marked as not applicable at \"{StageNames.Of(stage)}\": {Reason}", await LastEventAsync(id));
    }

    [Theory]
    [InlineData("Too short a reason", "Explain the reason in a full sentence (at least 20 characters); the team lead will read it.")]
    [InlineData("   ", "Give the reason the playbook does not apply.")]
    [InlineData(null, "Give the reason the playbook does not apply.")]
    public async Task A_missing_or_short_reason_is_reported_on_the_reason_field(string? reason, string message)
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.ResearchAlternatives);

        var messages = await FieldMessagesAsync(async () => await MarkAsync(owner, id, reason));

        Assert.Equal(message, Assert.Contains("Reason", messages));
        Assert.Equal(PlaybookStage.ResearchAlternatives, (await ReadAsync(id)).Stage);
    }

    [Fact]
    public async Task A_closed_incident_cannot_be_marked()
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.Closed);

        var exception = await Assert.ThrowsAsync<DomainException>(async () => await MarkAsync(owner, id, Reason));

        Assert.Equal("This incident is closed, so you cannot mark it as not applicable any more.", exception.Message);
        var incident = await ReadAsync(id);
        Assert.Equal(PlaybookStage.Closed, incident.Stage);
        Assert.Null(incident.NotApplicableReason);
    }

    [Fact]
    public async Task An_incident_already_marked_cannot_be_marked_again()
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.ScheduleCall);
        await MarkAsync(owner, id, Reason);

        var exception = await Assert.ThrowsAsync<DomainException>(async () => await MarkAsync(owner, id, "Another reason that is long enough."));

        Assert.Equal("This incident is marked as not applicable, so you cannot mark it as not applicable any more.", exception.Message);
        Assert.Equal(Reason, (await ReadAsync(id)).NotApplicableReason);
    }

    [Fact]
    public async Task Another_account_manager_s_incident_is_not_found()
    {
        var (_, id) = await IncidentAtAsync(PlaybookStage.Conversation);
        var other = await App.CreateUserAsync(Roles.AccountManager);

        await Assert.ThrowsAsync<NotFoundException>(async () => await MarkAsync(other, id, Reason));
        using var http = await App.CreateSignedInClientAsync(other);
        using var response = await http.GetAsync(new Uri($"/Incidents/{id}/NotApplicable", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(PlaybookStage.Conversation, (await ReadAsync(id)).Stage);
    }

    [Fact]
    public async Task A_team_lead_may_mark_any_incident()
    {
        var (_, id) = await IncidentAtAsync(PlaybookStage.Conversation);
        var lead = await App.CreateUserAsync(Roles.TeamLead, "Terry Lead");

        await MarkAsync(lead, id, Reason);

        var incident = await ReadAsync(id);
        Assert.Equal(PlaybookStage.NotApplicable, incident.Stage);
        Assert.Equal("Terry Lead", incident.Timeline.OrderBy(e => e.Id).Last().ActorName);
    }

    [Fact]
    public async Task Legal_may_not_mark_an_incident()
    {
        var (_, id) = await IncidentAtAsync(PlaybookStage.Conversation, contractReference: "SOW 3");
        var legal = await App.CreateUserAsync(Roles.Legal);

        await Assert.ThrowsAsync<ForbiddenException>(async () => await MarkAsync(legal, id, Reason));
        await AssertLegalIsRefusedAsync($"/Incidents/{id}/NotApplicable");
        Assert.Equal(PlaybookStage.Conversation, (await ReadAsync(id)).Stage);
    }

    [Fact]
    public async Task A_stale_version_is_refused_as_a_concurrent_change()
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.Conversation);
        var stale = await VersionAsync(id) - 1;

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(async () =>
            await App.SendAsync(owner, m => m.Send(new NotApplicableModel.Command { Id = id, Version = stale, Reason = Reason })));

        Assert.Equal(PlaybookStage.Conversation, (await ReadAsync(id)).Stage);
    }

    [Fact]
    public async Task The_page_explains_bad_faith_and_marking_over_http_goes_back_to_the_incident()
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.ResearchAlternatives);
        using var http = await App.CreateSignedInClientAsync(owner);

        var html = await GetHtmlAsync(http, $"/Incidents/{id}/NotApplicable");
        Assert.Contains("bad faith", html, StringComparison.Ordinal);
        Assert.Contains("good faith", html, StringComparison.Ordinal);
        Assert.Contains("for free", html, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(App.Factory.Services.GetRequiredService<StageGuidanceTexts>().For(PlaybookStage.NotApplicable).Lead), html, StringComparison.Ordinal);

        using var response = await http.PostFormAsync($"/Incidents/{id}/NotApplicable", Fields(html, Reason));

        Assert.Equal($"/Incidents/{id}", Location(response));
        Assert.Equal(PlaybookStage.NotApplicable, (await ReadAsync(id)).Stage);
        var details = await GetHtmlAsync(http, $"/Incidents/{id}");
        Assert.Contains("The incident is marked as not applicable", details, StringComparison.Ordinal);
        Assert.Contains(Reason, details, StringComparison.Ordinal);

        var again = await GetHtmlAsync(http, $"/Incidents/{id}/NotApplicable");
        Assert.Contains("This incident is already marked as not applicable.", again, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Data.Reason\"", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Posting_a_short_reason_shows_the_message_next_to_it_and_keeps_the_text()
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.ResearchAlternatives);
        using var http = await App.CreateSignedInClientAsync(owner);
        var html = await GetHtmlAsync(http, $"/Incidents/{id}/NotApplicable");

        using var response = await http.PostFormAsync($"/Incidents/{id}/NotApplicable", Fields(html, "They lie."));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Equal("Explain the reason in a full sentence (at least 20 characters); the team lead will read it.", HttpForms.ValidationMessage(page, "Data.Reason"));
        Assert.Equal("They lie.", HttpForms.TextareaValue(page, "Data.Reason"));
        Assert.Equal(PlaybookStage.ResearchAlternatives, (await ReadAsync(id)).Stage);
    }

    [Fact]
    public async Task Posting_with_a_stale_version_shows_the_concurrency_message()
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.ResearchAlternatives);
        using var http = await App.CreateSignedInClientAsync(owner);
        var html = await GetHtmlAsync(http, $"/Incidents/{id}/NotApplicable");
        var stale = (await VersionAsync(id) - 1).ToString(CultureInfo.InvariantCulture);

        using var response = await http.PostFormAsync($"/Incidents/{id}/NotApplicable",
            Fields(html, Reason).Where(f => f.Key != "Data.Version").Append(new("Data.Version", stale)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains(ConcurrencyMessage, page, StringComparison.Ordinal);
        Assert.Equal(Reason, HttpForms.TextareaValue(page, "Data.Reason"));
        Assert.Equal(PlaybookStage.ResearchAlternatives, (await ReadAsync(id)).Stage);
    }

    private async Task MarkAsync(TestUser user, long id, string? reason)
    {
        var version = await VersionAsync(id);
        await App.SendAsync(user, m => m.Send(new NotApplicableModel.Command { Id = id, Version = version, Reason = reason }));
    }

    private static List<KeyValuePair<string, string>> Fields(string html, string reason) =>
    [
        new("Data.Version", HttpForms.InputValue(html, "Data.Version")!),
        new("Data.Reason", reason),
        new(HttpForms.TokenField, HttpForms.AntiforgeryToken(html)),
    ];
}
