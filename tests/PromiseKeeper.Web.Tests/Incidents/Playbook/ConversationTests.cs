using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Pages.Incidents.Playbook;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Incidents.Playbook;

public sealed partial class ConversationTests(WebAppFixture app) : LateStagePageTest(app)
{
    private static readonly Money OurLoss = new(10_000m, "EUR");

    [Fact]
    public async Task Recording_stores_the_conversation_and_the_client_s_estimate_with_timeline_events()
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.Conversation, ourLoss: OurLoss);
        var command = await ValidCommandAsync(id);
        command.TimeZone = "Europe/Berlin";
        command.HeldAt = new DateTime(2026, 11, 23, 10, 0, 0);
        command.Acknowledgement = Acknowledgement.Apology;
        command.ClientDamageAmount = 25_000m;
        command.ClientDamageCurrency = " eur ";
        command.OfferResponse = OfferResponse.Countered;
        command.ResponseNote = "  They want the forty hours plus a month free.  ";

        await App.SendAsync(owner, m => m.Send(command));

        var incident = await ReadAsync(id);
        var talk = Assert.IsType<ConversationRecord>(incident.Conversation);
        // Berlin is UTC+1 in November.
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero), talk.HeldAt);
        Assert.Equal("They vented first; we listened, then talked about the plan.", talk.Notes);
        Assert.True(talk.ClientSharedFeelings);
        Assert.Equal(Acknowledgement.Apology, talk.Acknowledgement);
        Assert.Equal(OfferResponse.Countered, talk.OfferResponse);
        Assert.Equal("They want the forty hours plus a month free.", talk.ResponseNote);
        Assert.Equal(new Money(25_000m, "EUR"), incident.ClientClaimedLoss);
        Assert.Equal(PlaybookStage.Conversation, incident.Stage);
        var events = incident.Timeline.OrderBy(e => e.Id).TakeLast(2).ToList();
        Assert.Equal("Recorded the client's own estimate of the damage: 25,000.00 EUR.", events[0].Description);
        Assert.Equal("Recorded the conversation: the client made a counter-proposal.", events[1].Description);
        Assert.All(events, e => Assert.Equal((owner.Id, App.Clock.Now), (e.ActorId, e.OccurredAt)));
    }

    /// <summary>One broken rule each, starting from <see cref="ValidCommandAsync"/>, and the field it is reported on.</summary>
    private static readonly Dictionary<string, (Action<ConversationModel.Command> Break, string Field, string Message)> Failures = new()
    {
        ["no offer response"] = (c => c.OfferResponse = null, "OfferResponse", "Record how the client responded to the offer."),
        ["countered without a note"] = (c => (c.OfferResponse, c.ResponseNote) = (OfferResponse.Countered, " "), "ResponseNote", "Write down what the client asked for instead, or why they said no."),
        ["rejected without a note"] = (c => (c.OfferResponse, c.ResponseNote) = (OfferResponse.Rejected, null), "ResponseNote", "Write down what the client asked for instead, or why they said no."),
        ["client damage in another currency"] = (c => (c.ClientDamageAmount, c.ClientDamageCurrency) = (5000m, "USD"), "ClientDamageCurrency", "Use the same currency as our estimate (EUR), so the two figures can be compared."),
        ["no time"] = (c => c.HeldAt = null, "HeldAt", "Enter when the conversation took place."),
        ["time in the future"] = (c => c.HeldAt = new DateTime(2026, 11, 24, 9, 0, 0), "HeldAt", "Record the conversation after it has taken place; the time is in the future."),
        ["no notes"] = (c => c.Notes = "  ", "Notes", "Write down what was said, especially how the client sees it."),
        ["feelings not answered"] = (c => c.ClientSharedFeelings = null, "ClientSharedFeelings", "Say whether the client could tell us how they feel about it."),
        ["no acknowledgement"] = (c => c.Acknowledgement = null, "Acknowledgement", "Say whether we apologised, expressed regret, or clarified the facts."),
    };

    [Theory]
    [InlineData("no offer response")]
    [InlineData("countered without a note")]
    [InlineData("rejected without a note")]
    [InlineData("client damage in another currency")]
    [InlineData("no time")]
    [InlineData("time in the future")]
    [InlineData("no notes")]
    [InlineData("feelings not answered")]
    [InlineData("no acknowledgement")]
    public async Task A_broken_rule_is_reported_on_its_field_and_nothing_is_stored(string failure)
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.Conversation, ourLoss: OurLoss);
        var events = await EventCountAsync(id);
        var command = await ValidCommandAsync(id);
        var (breakIt, field, message) = Failures[failure];
        breakIt(command);

        var messages = await FieldMessagesAsync(async () => await App.SendAsync(owner, m => m.Send(command)));

        Assert.Equal(message, Assert.Contains(field, messages));
        var incident = await ReadAsync(id);
        Assert.Null(incident.Conversation);
        Assert.Equal(events, await EventCountAsync(id));
    }

    [Fact]
    public async Task The_conversation_cannot_be_recorded_before_the_call_is_set_up()
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.ScheduleCall);
        var command = await ValidCommandAsync(id);

        var exception = await Assert.ThrowsAsync<DomainException>(async () => await App.SendAsync(owner, m => m.Send(command)));

        Assert.Equal("You can record the conversation at the \"The conversation\" stage; this incident is at \"Schedule the call\".", exception.Message);
        Assert.Null((await ReadAsync(id)).Conversation);
    }

    [Fact]
    public async Task Another_account_manager_s_incident_is_not_found()
    {
        var (_, id) = await IncidentAtAsync(PlaybookStage.Conversation);
        var other = await App.CreateUserAsync(Roles.AccountManager);
        var command = await ValidCommandAsync(id);

        await Assert.ThrowsAsync<NotFoundException>(async () => await App.SendAsync(other, m => m.Send(command)));
        using var http = await App.CreateSignedInClientAsync(other);
        using var response = await http.GetAsync(new Uri($"/Incidents/{id}/Conversation", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null((await ReadAsync(id)).Conversation);
    }

    [Fact]
    public async Task Legal_may_not_record_the_conversation()
    {
        var (_, id) = await IncidentAtAsync(PlaybookStage.Conversation, contractReference: "SLA 3.1");
        var legal = await App.CreateUserAsync(Roles.Legal);
        var command = await ValidCommandAsync(id);

        await Assert.ThrowsAsync<ForbiddenException>(async () => await App.SendAsync(legal, m => m.Send(command)));
        await AssertLegalIsRefusedAsync($"/Incidents/{id}/Conversation");
        Assert.Null((await ReadAsync(id)).Conversation);
    }

    [Fact]
    public async Task A_stale_version_is_refused_as_a_concurrent_change()
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.Conversation);
        var command = await ValidCommandAsync(id);
        command.Version--;

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(async () => await App.SendAsync(owner, m => m.Send(command)));

        Assert.Null((await ReadAsync(id)).Conversation);
    }

    [Fact]
    public async Task The_page_advises_an_apology_for_our_fault_and_marks_it_as_recommended()
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.Conversation, Fault.Ours);
        using var http = await App.CreateSignedInClientAsync(owner);

        var html = await GetHtmlAsync(http, $"/Incidents/{id}/Conversation");

        var advice = AdviceHeadline(html);
        Assert.Equal(AcknowledgementGuidance.For(Fault.Ours).Headline, advice);
        Assert.Contains("apolog", advice, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Apology", RecommendedChoice(html));
        // The reminder of the offer, with its value, and of listening first.
        Assert.Contains("Forty hours of extra work", html, StringComparison.Ordinal);
        Assert.Contains("worth 6,000.00 EUR to the client", html, StringComparison.Ordinal);
        Assert.Contains("Listen first.", html, StringComparison.Ordinal);
        Assert.Contains("The client's own estimate of the damage", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Fault.ThirdParty)]
    [InlineData(Fault.ForceMajeure)]
    public async Task The_page_advises_regret_when_someone_else_caused_it(Fault fault)
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.Conversation, fault);
        using var http = await App.CreateSignedInClientAsync(owner);

        var html = await GetHtmlAsync(http, $"/Incidents/{id}/Conversation");

        var advice = AdviceHeadline(html);
        Assert.Contains("regret", advice, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("apolog", advice, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Regret", RecommendedChoice(html));
    }

    [Fact]
    public async Task The_page_advises_clarifying_once_for_a_disputed_fault()
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.Conversation, Fault.Disputed);
        using var http = await App.CreateSignedInClientAsync(owner);

        var html = await GetHtmlAsync(http, $"/Incidents/{id}/Conversation");

        Assert.Contains("Clarify once", AdviceHeadline(html), StringComparison.Ordinal);
        Assert.Equal("ClarifiedAndMovedOn", RecommendedChoice(html));
    }

    [Fact]
    public async Task Posting_the_form_records_the_conversation_and_goes_back_to_the_incident()
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.Conversation, ourLoss: OurLoss);
        using var http = await App.CreateSignedInClientAsync(owner);
        var html = await GetHtmlAsync(http, $"/Incidents/{id}/Conversation");

        using var response = await http.PostFormAsync($"/Incidents/{id}/Conversation", FormFields(html));

        Assert.Equal($"/Incidents/{id}", Location(response));
        var talk = (await ReadAsync(id)).Conversation;
        Assert.NotNull(talk);
        Assert.Equal((Acknowledgement.Apology, OfferResponse.Accepted), (talk.Acknowledgement, talk.OfferResponse));
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 9, 30, 0, TimeSpan.Zero), talk.HeldAt);
        var details = await GetHtmlAsync(http, $"/Incidents/{id}");
        Assert.Contains("The conversation is recorded.", details, StringComparison.Ordinal);

        // Opened again, the form shows what is on record, its time in the user's zone (UTC, as they chose none).
        var again = await GetHtmlAsync(http, $"/Incidents/{id}/Conversation");
        Assert.Equal("They listened, then we talked about the plan.", HttpForms.TextareaValue(again, "Data.Notes"));
        Assert.StartsWith("2026-11-23T09:30", HttpForms.InputValue(again, "Data.HeldAt"), StringComparison.Ordinal);
        Assert.Contains("In your time zone: UTC.", again, StringComparison.Ordinal);
        Assert.Matches("<input[^>]*id=\"acknowledgement-Apology\"[^>]*checked=\"checked\"", again);
        Assert.Matches("<input[^>]*id=\"feelings-true\"[^>]*checked=\"checked\"", again);
        Assert.Matches("<input[^>]*id=\"response-Accepted\"[^>]*checked=\"checked\"", again);
    }

    [Fact]
    public async Task Posting_a_counter_offer_without_a_note_shows_the_message_next_to_the_field_and_keeps_the_input()
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.Conversation, ourLoss: OurLoss);
        using var http = await App.CreateSignedInClientAsync(owner);
        var html = await GetHtmlAsync(http, $"/Incidents/{id}/Conversation");
        var fields = FormFields(html).Where(f => f.Key != "Data.OfferResponse").Append(new("Data.OfferResponse", "Countered"));

        using var response = await http.PostFormAsync($"/Incidents/{id}/Conversation", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Equal("Write down what the client asked for instead, or why they said no.", HttpForms.ValidationMessage(page, "Data.ResponseNote"));
        Assert.Contains("The conversation is not recorded yet.", page, StringComparison.Ordinal);
        Assert.Equal("They listened, then we talked about the plan.", HttpForms.TextareaValue(page, "Data.Notes"));
        Assert.Matches("<input[^>]*id=\"response-Countered\"[^>]*checked=\"checked\"", page);
        Assert.Null((await ReadAsync(id)).Conversation);
    }

    [Fact]
    public async Task Posting_with_a_stale_version_shows_the_concurrency_message()
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.Conversation);
        using var http = await App.CreateSignedInClientAsync(owner);
        var html = await GetHtmlAsync(http, $"/Incidents/{id}/Conversation");
        var stale = (await VersionAsync(id) - 1).ToString(CultureInfo.InvariantCulture);
        var fields = FormFields(html).Where(f => f.Key != "Data.Version").Append(new("Data.Version", stale));

        using var response = await http.PostFormAsync($"/Incidents/{id}/Conversation", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(ConcurrencyMessage, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null((await ReadAsync(id)).Conversation);
    }

    [Fact]
    public async Task At_another_stage_the_page_says_so_without_a_form_and_a_post_shows_the_domain_s_refusal()
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.ScheduleCall);
        using var http = await App.CreateSignedInClientAsync(owner);

        var html = await GetHtmlAsync(http, $"/Incidents/{id}/Conversation");
        Assert.Contains("so the conversation cannot be recorded or changed here", html, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Data.Notes\"", html, StringComparison.Ordinal);

        var token = HttpForms.AntiforgeryToken(await GetHtmlAsync(http, "/Incidents/Log"));
        using var response = await http.PostFormAsync($"/Incidents/{id}/Conversation", FormFields(token, await VersionAsync(id)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("You can record the conversation at the &quot;The conversation&quot; stage", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<ConversationModel.Command> ValidCommandAsync(long id) => new()
    {
        Id = id,
        Version = await VersionAsync(id),
        TimeZone = "UTC",
        HeldAt = new DateTime(2026, 11, 23, 9, 0, 0),
        Notes = "They vented first; we listened, then talked about the plan.",
        Agreed = "You will get release 2.4 by 8 December, and twenty hours of our work at no cost.",
        ClientSharedFeelings = true,
        Acknowledgement = Acknowledgement.Apology,
        ClientDamageCurrency = "EUR",
        OfferResponse = OfferResponse.Accepted,
    };

    private static List<KeyValuePair<string, string>> FormFields(string html) =>
        FormFields(HttpForms.AntiforgeryToken(html), uint.Parse(HttpForms.InputValue(html, "Data.Version")!, CultureInfo.InvariantCulture));

    private static List<KeyValuePair<string, string>> FormFields(string token, uint version) =>
        [new("Data.Version", version.ToString(CultureInfo.InvariantCulture)), .. ValidForms.Conversation(), new(HttpForms.TokenField, token)];

    private static string AdviceHeadline(string html)
    {
        var match = AdviceHeading().Match(html);
        Assert.True(match.Success, "The page shows no advice headline.");
        return WebUtility.HtmlDecode(match.Groups["text"].Value).Trim();
    }

    /// <summary>The value of the acknowledgement radio whose label says it is recommended.</summary>
    private static string RecommendedChoice(string html)
    {
        var matches = RecommendedLabel().Matches(html);
        return Assert.Single(matches).Groups["value"].Value;
    }

    [GeneratedRegex("id=\"advice-heading\"[^>]*>(?<text>.*?)</h2>", RegexOptions.Singleline)]
    private static partial Regex AdviceHeading();

    [GeneratedRegex("<label class=\"form-check-label\" for=\"acknowledgement-(?<value>[A-Za-z]+)\">[^<]*<strong[^>]*>\\(recommended for this fault\\)</strong>", RegexOptions.Singleline)]
    private static partial Regex RecommendedLabel();
}
