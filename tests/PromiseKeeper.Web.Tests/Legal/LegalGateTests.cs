using System.Globalization;
using System.Net;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Pages.Incidents;
using PromiseKeeper.Web.Pages.Incidents.Playbook;
using PromiseKeeper.Web.Tests.Fixtures;
using LegalQueue = PromiseKeeper.Web.Pages.Legal.IndexModel;

namespace PromiseKeeper.Web.Tests.Legal;

/// <summary>The conversation waits for legal's approval; a changed offer lapses it; changes asked for go back to legal.</summary>
public sealed class LegalGateTests(WebAppFixture app) : LegalReviewTest(app)
{
    [Fact]
    public async Task The_conversation_waits_until_legal_approves_and_can_be_recorded_after()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var legal = await LegalAsync();
        var id = await ContractIncidentAsync(owner, PlaybookStage.ScheduleCall, completeStage: true);
        using var http = await App.CreateSignedInClientAsync(owner);

        var refusal = await Assert.ThrowsAsync<DomainException>(() => MoveAsync(owner, id, PlaybookStage.Conversation));
        Assert.Equal(LegalBlocker, refusal.Message);
        var details = await GetHtmlAsync(http, $"/Incidents/{id}");
        Assert.Contains("Legal review: Waiting for legal&#x27;s review", details, StringComparison.Ordinal);
        Assert.Contains(LegalBlocker, details, StringComparison.Ordinal);

        await ReviewAsync(legal, id, LegalDecision.Approved, "Do not promise a date for phase two.");
        details = await GetHtmlAsync(http, $"/Incidents/{id}");
        Assert.Contains("Approved by Lena Kovac", details, StringComparison.Ordinal);
        Assert.Contains("Do not promise a date for phase two.", details, StringComparison.Ordinal);

        await MoveAsync(owner, id, PlaybookStage.Conversation);
        var conversation = await GetHtmlAsync(http, $"/Incidents/{id}/Conversation");
        Assert.DoesNotContain("Legal must approve first.", conversation, StringComparison.Ordinal);
        Assert.Contains("Do not promise a date for phase two.", conversation, StringComparison.Ordinal);
        using var posted = await http.PostFormAsync($"/Incidents/{id}/Conversation", ConversationFields(HttpForms.AntiforgeryToken(conversation), await VersionAsync(id)));
        Assert.Equal($"/Incidents/{id}", Location(posted));
        Assert.NotNull((await ReadWithReviewsAsync(id)).Conversation);
    }

    [Fact]
    public async Task Legal_asking_for_changes_stops_the_conversation_until_the_account_manager_asks_again_and_legal_approves()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var legal = await LegalAsync();
        var id = await ContractIncidentAsync(owner, PlaybookStage.Conversation);
        await ReviewAsync(legal, id, LegalDecision.ChangesRequired, "Take the refund out of what you say; hours only.");
        using var http = await App.CreateSignedInClientAsync(owner);

        // The conversation page says legal must approve first, without the form; a post shows the domain's refusal.
        var page = await GetHtmlAsync(http, $"/Incidents/{id}/Conversation");
        Assert.Contains("Legal must approve first.", page, StringComparison.Ordinal);
        Assert.Contains("Take the refund out of what you say; hours only.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Data.Notes\"", page, StringComparison.Ordinal);
        using var refused = await http.PostFormAsync($"/Incidents/{id}/Conversation", ConversationFields(HttpForms.AntiforgeryToken(page), await VersionAsync(id)));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(LegalBlocker, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var exception = await Assert.ThrowsAsync<DomainException>(async () => await App.SendAsync(owner, async m => await m.Send(await ConversationAsync(id))));
        Assert.Equal(LegalBlocker, exception.Message);
        Assert.Null((await ReadWithReviewsAsync(id)).Conversation);

        // The incident page shows legal's notes and the button to ask again.
        var details = await GetHtmlAsync(http, $"/Incidents/{id}");
        Assert.Contains("Legal review: Legal asked for changes", details, StringComparison.Ordinal);
        Assert.Contains("Ask legal to review again", details, StringComparison.Ordinal);
        App.Clock.Now = App.Clock.Now.AddHours(2);
        using var asked = await http.PostFormAsync($"/Incidents/{id}?handler=AskLegalAgain", [
            new("ask.Version", (await VersionAsync(id)).ToString(CultureInfo.InvariantCulture)),
            new(HttpForms.TokenField, HttpForms.AntiforgeryToken(details))]);
        Assert.Equal($"/Incidents/{id}", Location(asked));
        var incident = await ReadWithReviewsAsync(id);
        Assert.Equal((LegalReviewStatus.Awaiting, App.Clock.Now), (incident.LegalReviewStatus, incident.LegalReviewRequestedAt));
        Assert.Contains("Legal is asked to review the incident again.", await GetHtmlAsync(http, $"/Incidents/{id}"), StringComparison.Ordinal);

        var queue = await App.SendAsync(legal, m => m.Send(new LegalQueue.Query()));
        var row = Assert.Single(queue.Awaiting);
        Assert.True(row.AskedAgain);
        Assert.Empty(queue.ChangesRequired);

        await ReviewAsync(legal, id, LegalDecision.Approved);
        await App.SendAsync(owner, async m => await m.Send(await ConversationAsync(id)));
        Assert.NotNull((await ReadWithReviewsAsync(id)).Conversation);
    }

    [Fact]
    public async Task Asking_legal_again_without_changes_asked_for_shows_the_refusal_on_the_incident_page()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var id = await ContractIncidentAsync(owner, PlaybookStage.InvestigateOrigin);
        using var http = await App.CreateSignedInClientAsync(owner);
        var details = await GetHtmlAsync(http, $"/Incidents/{id}");
        Assert.DoesNotContain("Ask legal to review again", details, StringComparison.Ordinal);

        using var response = await http.PostFormAsync($"/Incidents/{id}?handler=AskLegalAgain", [
            new("ask.Version", (await VersionAsync(id)).ToString(CultureInfo.InvariantCulture)),
            new(HttpForms.TokenField, HttpForms.AntiforgeryToken(details))]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Legal was not asked again:", page, StringComparison.Ordinal);
        Assert.Contains("The incident is already waiting for legal&#x27;s review.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_the_offer_after_approval_lapses_it_puts_the_incident_back_in_the_queue_and_stops_the_conversation()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var legal = await LegalAsync();
        var id = await ContractIncidentAsync(owner, PlaybookStage.ResearchAlternatives, completeStage: true);
        await ReviewAsync(legal, id, LegalDecision.Approved, "Hours are fine; no refund.");
        using var http = await App.CreateSignedInClientAsync(owner);
        var alternatives = await GetHtmlAsync(http, $"/Incidents/{id}/Alternatives");
        Assert.Contains("Hours are fine; no refund.", alternatives, StringComparison.Ordinal);
        Assert.Contains("adding an option to the offer or taking one out ends that approval", alternatives, StringComparison.Ordinal);
        Assert.Empty((await App.SendAsync(legal, m => m.Send(new LegalQueue.Query()))).Awaiting);

        // The account manager takes the option out of the offer and puts it back: the approval lapses.
        App.Clock.Now = App.Clock.Now.AddMinutes(5);
        var optionId = (await ReadWithReviewsAsync(id)).Options.Single().Id;
        using var response = await http.PostFormAsync($"/Incidents/{id}/Alternatives?handler=Offer", [
            new("offer.OptionId", optionId.ToString()),
            new("offer.Version", (await VersionAsync(id)).ToString(CultureInfo.InvariantCulture)),
            new("offer.InOffer", "false"),
            new(HttpForms.TokenField, HttpForms.AntiforgeryToken(alternatives))]);
        Assert.Equal($"/Incidents/{id}/Alternatives", Location(response));
        await App.SendAsync(owner, async m => await m.Send(new ChangeOffer.Command { Id = id, OptionId = optionId, InOffer = true, Version = await VersionAsync(id) }));

        var incident = await ReadWithReviewsAsync(id);
        Assert.Equal((LegalReviewStatus.Awaiting, App.Clock.Now), (incident.LegalReviewStatus, incident.LegalReviewRequestedAt));
        Assert.Equal(App.Clock.Now, Assert.Single(incident.LegalReviews).LapsedAt);
        var row = Assert.Single((await App.SendAsync(legal, m => m.Send(new LegalQueue.Query()))).Awaiting);
        Assert.True(row.ApprovalLapsed);
        using var legalHttp = await App.CreateSignedInClientAsync(legal);
        Assert.Contains("Approval lapsed", await GetHtmlAsync(legalHttp, "/Legal"), StringComparison.Ordinal);
        Assert.Contains("lapsed on", await GetHtmlAsync(http, $"/Incidents/{id}"), StringComparison.Ordinal);

        // On to the call; the conversation is refused again until legal approves the offer as it stands now.
        await MoveAsync(owner, id, PlaybookStage.ScheduleCall);
        var refusal = await Assert.ThrowsAsync<DomainException>(() => MoveAsync(owner, id, PlaybookStage.Conversation));
        Assert.Contains(LegalBlocker, refusal.Message, StringComparison.Ordinal);

        await ReviewAsync(legal, id, LegalDecision.Approved);
        var onlyTheCall = await Assert.ThrowsAsync<DomainException>(() => MoveAsync(owner, id, PlaybookStage.Conversation));
        Assert.DoesNotContain(LegalBlocker, onlyTheCall.Message, StringComparison.Ordinal);
        Assert.Equal(2, (await ReadWithReviewsAsync(id)).LegalReviews.Count);
    }

    [Fact]
    public async Task Legal_may_not_change_the_offer_or_ask_itself_again()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var legal = await LegalAsync();
        var id = await ContractIncidentAsync(owner, PlaybookStage.ResearchAlternatives, completeStage: true);
        await ReviewAsync(legal, id, LegalDecision.ChangesRequired, "No refund.");
        var optionId = (await ReadWithReviewsAsync(id)).Options.Single().Id;

        await Assert.ThrowsAsync<ForbiddenException>(async () => await App.SendAsync(legal, async m => await m.Send(new ChangeOffer.Command { Id = id, OptionId = optionId, InOffer = false, Version = await VersionAsync(id) })));
        await Assert.ThrowsAsync<ForbiddenException>(async () => await App.SendAsync(legal, async m => await m.Send(new AskLegalAgain.Command { Id = id, Version = await VersionAsync(id) })));
        await AssertLegalIsRefusedAsync($"/Incidents/{id}/Alternatives");

        using var http = await App.CreateSignedInClientAsync(legal);
        var details = await GetHtmlAsync(http, $"/Incidents/{id}");
        Assert.DoesNotContain("Ask legal to review again", details, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Incidents/{id}/LegalReview\"", details, StringComparison.Ordinal);
        using var response = await http.PostFormAsync($"/Incidents/{id}?handler=AskLegalAgain", [
            new("ask.Version", (await VersionAsync(id)).ToString(CultureInfo.InvariantCulture)),
            new(HttpForms.TokenField, HttpForms.AntiforgeryToken(details))]);
        Assert.StartsWith("/Account/AccessDenied", Location(response), StringComparison.Ordinal);
        Assert.Equal(LegalReviewStatus.ChangesRequired, (await ReadWithReviewsAsync(id)).LegalReviewStatus);
    }

    private async Task<ConversationModel.Command> ConversationAsync(long id) => new()
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

    private static List<KeyValuePair<string, string>> ConversationFields(string token, uint version) =>
    [
        new("Data.Version", version.ToString(CultureInfo.InvariantCulture)),
        new("Data.TimeZone", "UTC"),
        new("Data.HeldAt", "2026-11-23T09:30"),
        new("Data.Notes", "They listened, then we talked about the plan."),
        new("Data.Agreed", "You will get release 2.4 by 8 December."),
        new("Data.ClientSharedFeelings", "true"),
        new("Data.Acknowledgement", "Apology"),
        new("Data.ClientDamageCurrency", "EUR"),
        new("Data.OfferResponse", "Accepted"),
        new(HttpForms.TokenField, token),
    ];
}
