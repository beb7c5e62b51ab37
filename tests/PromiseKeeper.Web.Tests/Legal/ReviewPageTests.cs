using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain.Evidence;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Pages.Incidents;
using PromiseKeeper.Web.Tests.Fixtures;
using PromiseKeeper.Web.Tests.Incidents.Playbook;

namespace PromiseKeeper.Web.Tests.Legal;

public sealed class ReviewPageTests(WebAppFixture app) : LegalReviewTest(app)
{
    private const string OfferLine = "Forty hours of extra work from our team on what matters most to them now";

    [Fact]
    public async Task Legal_sees_the_contract_reference_the_promise_the_evidence_and_the_proposed_offer()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var legal = await LegalAsync();
        Guid documentId = default;
        var id = await ContractIncidentAsync(owner, PlaybookStage.ResearchAlternatives, completeStage: true, prepare: i =>
        {
            i.AddPastedEvidence("Kick-off email", "We will be live by 1 November.", owner.AsActor(), App.Clock.Now.AddMinutes(-2));
            documentId = i.AddDocumentEvidence("Signed SOW", new CheckedEvidenceFile(EvidenceFileType.Pdf, "sow.pdf", "application/pdf", 2048), owner.AsActor(), App.Clock.Now.AddMinutes(-1)).Id;
        });
        await App.WithDbAsync(async db =>
        {
            db.EvidenceDocumentContents.Add(new EvidenceDocumentContent { EvidenceItemId = documentId, Bytes = [1, 2, 3] });
            await db.SaveChangesAsync();
        });
        using var http = await App.CreateSignedInClientAsync(legal);

        var html = await GetHtmlAsync(http, $"/Incidents/{id}/LegalReview");

        Assert.Contains("<h1 class=\"h3\">Legal review</h1>", html, StringComparison.Ordinal);
        Assert.Contains(Contract, html, StringComparison.Ordinal);
        Assert.Contains("Something by some date.", html, StringComparison.Ordinal);
        Assert.Contains("Kick-off email", html, StringComparison.Ordinal);
        Assert.Contains("We will be live by 1 November.", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Incidents/{id}/Evidence/{documentId}\"", html, StringComparison.Ordinal);
        Assert.Contains(OfferLine, html, StringComparison.Ordinal);
        Assert.Contains("6,000.00 EUR", html, StringComparison.Ordinal);
        Assert.Contains("3,200.00 EUR", html, StringComparison.Ordinal);
        Assert.Contains("Waiting for legal&#x27;s review", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Data.Decision\"", html, StringComparison.Ordinal);
        Assert.Contains($"maxlength=\"{LegalReview.NotesMaxLength}\"", html, StringComparison.Ordinal);
        Assert.Contains("None yet: this is the first review.", html, StringComparison.Ordinal);

        using var download = await http.GetAsync(new Uri($"/Incidents/{id}/Evidence/{documentId}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
    }

    [Fact]
    public async Task Approving_stores_the_decision_with_the_offer_as_legal_saw_it_and_goes_back_to_the_queue()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var legal = await LegalAsync();
        var id = await ContractIncidentAsync(owner, PlaybookStage.ResearchAlternatives, completeStage: true, summary: "Loyalty-card integration");
        using var http = await App.CreateSignedInClientAsync(legal);
        var html = await GetHtmlAsync(http, $"/Incidents/{id}/LegalReview");

        using var response = await http.PostFormAsync($"/Incidents/{id}/LegalReview", ReviewFields(html, "Approved", "  Apologise for the delay; do not admit a breach.  "));

        Assert.Equal("/Legal", Location(response));
        var incident = await ReadWithReviewsAsync(id);
        Assert.Equal(LegalReviewStatus.Approved, incident.LegalReviewStatus);
        Assert.False(incident.AwaitsLegalApproval);
        var review = Assert.Single(incident.LegalReviews);
        Assert.Equal(LegalDecision.Approved, review.Decision);
        Assert.Equal("Apologise for the delay; do not admit a breach.", review.Notes);
        Assert.Equal((legal.Id, "Lena Kovac", App.Clock.Now), (review.ReviewerId, review.ReviewerName, review.ReviewedAt));
        Assert.Equal($"{OfferLine}\t6000.00 EUR", review.OfferReviewed);
        Assert.Null(review.LapsedAt);
        Assert.Equal("Legal approved the incident and its current offer.", incident.Timeline.OrderBy(e => e.Id).Last().Description);

        var queue = await GetHtmlAsync(http, "/Legal");
        Assert.Contains("You approved &quot;Loyalty-card integration&quot;.", queue, StringComparison.Ordinal);
        Assert.DoesNotContain($"/Incidents/{id}/LegalReview", queue, StringComparison.Ordinal);

        // Shown again, the review is listed with the offer it covered.
        var again = await GetHtmlAsync(http, $"/Incidents/{id}/LegalReview");
        Assert.Contains("Approved by Lena Kovac", again, StringComparison.Ordinal);
        Assert.Contains($"<li>{OfferLine} (worth 6,000.00 EUR to the client)</li>", again, StringComparison.Ordinal);

        // A Russian reader sees the amounts (the offer legal saw, the losses) in the Russian number format.
        http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ru");
        var russian = WebUtility.HtmlDecode(await GetHtmlAsync(http, $"/Incidents/{id}/LegalReview"));
        Assert.Contains($"<li>{OfferLine} (", russian, StringComparison.Ordinal);
        Assert.Contains(6000m.ToString("N2", CultureInfo.GetCultureInfo("ru")) + " EUR", russian, StringComparison.Ordinal);
        Assert.DoesNotContain("6,000.00", russian, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Asking_for_changes_without_notes_shows_the_message_next_to_the_notes()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var legal = await LegalAsync();
        var id = await ContractIncidentAsync(owner, PlaybookStage.ResearchAlternatives, completeStage: true);
        using var http = await App.CreateSignedInClientAsync(legal);
        var html = await GetHtmlAsync(http, $"/Incidents/{id}/LegalReview");

        using var response = await http.PostFormAsync($"/Incidents/{id}/LegalReview", ReviewFields(html, "ChangesRequired", "  "));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Equal("Say what has to change, and what may and may not be said or offered.", HttpForms.ValidationMessage(page, "Data.Notes"));
        Assert.Contains("The review is not recorded yet.", page, StringComparison.Ordinal);
        Assert.Matches("<input[^>]*id=\"decision-ChangesRequired\"[^>]*checked=\"checked\"", page);
        var incident = await ReadWithReviewsAsync(id);
        Assert.Empty(incident.LegalReviews);
        Assert.Equal(LegalReviewStatus.Awaiting, incident.LegalReviewStatus);
    }

    [Fact]
    public async Task A_decision_is_required_and_approval_needs_an_offer()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var legal = await LegalAsync();
        var id = await ContractIncidentAsync(owner, PlaybookStage.InvestigateOrigin);

        var none = await FieldMessagesAsync(async () => await App.SendAsync(legal, async m => await m.Send(new LegalReviewModel.Command { Id = id, Version = await VersionAsync(id) })));
        var noOffer = await FieldMessagesAsync(() => ReviewAsync(legal, id, LegalDecision.Approved));

        Assert.Equal("Choose whether you approve or need changes.", none["Decision"]);
        Assert.StartsWith("There is no offer to approve yet.", noOffer["Decision"], StringComparison.Ordinal);
        Assert.Empty((await ReadWithReviewsAsync(id)).LegalReviews);
    }

    [Fact]
    public async Task A_stale_version_shows_the_concurrency_message()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var legal = await LegalAsync();
        var id = await ContractIncidentAsync(owner, PlaybookStage.ResearchAlternatives, completeStage: true);
        using var http = await App.CreateSignedInClientAsync(legal);
        var html = await GetHtmlAsync(http, $"/Incidents/{id}/LegalReview");
        var stale = (await VersionAsync(id) - 1).ToString(CultureInfo.InvariantCulture);
        var fields = ReviewFields(html, "Approved", "Fine.").Where(f => f.Key != "Data.Version").Append(new("Data.Version", stale));

        using var response = await http.PostFormAsync($"/Incidents/{id}/LegalReview", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(ConcurrencyMessage, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty((await ReadWithReviewsAsync(id)).LegalReviews);
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(async () => await App.SendAsync(legal, m => m.Send(new LegalReviewModel.Command { Id = id, Version = uint.Parse(stale, CultureInfo.InvariantCulture), Decision = LegalDecision.Approved })));
    }

    [Fact]
    public async Task An_incident_without_a_contract_does_not_exist_for_legal()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var legal = await LegalAsync();
        var id = await ContractIncidentAsync(owner, PlaybookStage.ResearchAlternatives, completeStage: true, contractReference: null);

        await Assert.ThrowsAsync<NotFoundException>(() => ReviewAsync(legal, id, LegalDecision.Approved));
        using var http = await App.CreateSignedInClientAsync(legal);
        using var response = await http.GetAsync(new Uri($"/Incidents/{id}/LegalReview", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_finished_incident_is_explained_instead_of_the_form_and_a_post_shows_the_refusal()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var legal = await LegalAsync();
        var id = await ContractIncidentAsync(owner, PlaybookStage.Closed);
        using var http = await App.CreateSignedInClientAsync(legal);

        var html = await GetHtmlAsync(http, $"/Incidents/{id}/LegalReview");
        Assert.Contains("This incident is finished", html, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Data.Decision\"", html, StringComparison.Ordinal);

        var token = HttpForms.AntiforgeryToken(await GetHtmlAsync(http, "/Legal"));
        using var response = await http.PostFormAsync($"/Incidents/{id}/LegalReview", [
            new("Data.Version", (await VersionAsync(id)).ToString(CultureInfo.InvariantCulture)),
            new("Data.Decision", "ChangesRequired"),
            new("Data.Notes", "Too late."),
            new(HttpForms.TokenField, token)]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The review was not recorded:", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Single((await ReadWithReviewsAsync(id)).LegalReviews);
    }

    [Theory]
    [InlineData(Roles.AccountManager)]
    [InlineData(Roles.TeamLead)]
    public async Task Account_managers_and_team_leads_may_not_review(string role)
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var user = role == Roles.AccountManager ? owner : await App.CreateUserAsync(role);
        var id = await ContractIncidentAsync(owner, PlaybookStage.ResearchAlternatives, completeStage: true);

        await Assert.ThrowsAsync<ForbiddenException>(() => ReviewAsync(user, id, LegalDecision.Approved));
        using var http = await App.CreateSignedInClientAsync(user);
        using var response = await http.GetAsync(new Uri($"/Incidents/{id}/LegalReview", UriKind.Relative));
        Assert.StartsWith("/Account/AccessDenied", Location(response), StringComparison.Ordinal);
        Assert.Empty((await ReadWithReviewsAsync(id)).LegalReviews);
    }

    private static List<KeyValuePair<string, string>> ReviewFields(string html, string decision, string notes) =>
    [
        new("Data.Version", HttpForms.InputValue(html, "Data.Version")!),
        new("Data.Decision", decision),
        new("Data.Notes", notes),
        new(HttpForms.TokenField, HttpForms.AntiforgeryToken(html)),
    ];
}
