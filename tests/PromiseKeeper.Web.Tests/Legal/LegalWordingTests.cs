using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Domain.Language;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Pages.Incidents;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Legal;

/// <summary>
/// Legal sees the words: every client text with its findings on the review page, a decision per text that the account
/// manager sees next to the text, the do-not-say list checked in later texts, the recap back to legal, the notes thread.
/// </summary>
public sealed class LegalWordingTests(WebAppFixture app) : LegalReviewTest(app)
{
    [Fact]
    public async Task Legal_sees_every_text_drafted_so_far_with_its_findings()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var legal = await LegalAsync();
        var id = await ContractIncidentAsync(owner, PlaybookStage.Conversation, prepare: i => i.AddDoNotSay("kick-off", LegalActor(), App.Clock.Now.AddMinutes(-1)));
        using var http = await App.CreateSignedInClientAsync(legal);

        var html = await GetHtmlAsync(http, $"/Incidents/{id}/LegalReview");

        Assert.Contains("The words to the client", html, StringComparison.Ordinal);
        foreach (var kind in new[] { ClientTextKind.CallRequestEmail, ClientTextKind.VoicemailScript, ClientTextKind.CallPlan })
        {
            Assert.Contains($"id=\"text-{kind}\"", html, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("id=\"text-Recap\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"text.Decision\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"doNotSay.Phrase\"", html, StringComparison.Ordinal);
        Assert.Contains("\"kick-off\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Legal_asks_for_a_change_to_the_call_plan_and_the_account_manager_sees_it_next_to_the_text()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var legal = await LegalAsync();
        var id = await ContractIncidentAsync(owner, PlaybookStage.ScheduleCall, completeStage: true);

        var kind = await App.SendAsync(legal, async m => await m.Send(new ReviewTextWording.Command
        {
            Id = id, Version = await VersionAsync(id), Kind = ClientTextKind.CallPlan, Decision = LegalDecision.ChangesRequired, Note = "Do not say we broke the contract.",
        }));

        Assert.Equal(ClientTextKind.CallPlan, kind);
        var stored = await App.WithDbAsync(db => db.Incidents.AsNoTracking().Include(i => i.LegalTextReviews).SingleAsync(i => i.Id == id));
        var review = Assert.Single(stored.LegalTextReviews);
        Assert.Equal((ClientTextKind.CallPlan, LegalDecision.ChangesRequired, stored.Call!.CallPlan), (review.Text, review.Decision, review.TextReviewed));
        var audit = await App.WithDbAsync(db => db.AuditEntries.Where(e => e.IncidentId == id && e.Action == AuditAction.LegalReviewRecorded).Select(e => e.Details).ToListAsync());
        Assert.Equal(["Asked for changes to the wording of the call plan."], audit);

        using var http = await App.CreateSignedInClientAsync(owner);
        var call = await GetHtmlAsync(http, $"/Incidents/{id}/Call");
        Assert.Contains("Legal asked for changes to the wording of the call plan", call, StringComparison.Ordinal);
        Assert.Contains("Do not say we broke the contract.", call, StringComparison.Ordinal);
        var details = await GetHtmlAsync(http, $"/Incidents/{id}");
        Assert.Contains("Do not say we broke the contract.", details, StringComparison.Ordinal);
        Assert.Contains("asked for changes to the wording of the call plan", details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wording_decision_is_refused_for_anyone_but_legal_and_without_a_note_for_changes()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var legal = await LegalAsync();
        var id = await ContractIncidentAsync(owner, PlaybookStage.Conversation);

        await Assert.ThrowsAsync<ForbiddenException>(async () => await App.SendAsync(owner, async m => await m.Send(new ReviewTextWording.Command
        {
            Id = id, Version = await VersionAsync(id), Kind = ClientTextKind.CallPlan, Decision = LegalDecision.Approved,
        })));
        var messages = await FieldMessagesAsync(async () => await App.SendAsync(legal, async m => await m.Send(new ReviewTextWording.Command
        {
            Id = id, Version = await VersionAsync(id), Kind = ClientTextKind.CallPlan, Decision = LegalDecision.ChangesRequired, Note = " ",
        })));

        Assert.Equal(["Note"], messages.Keys);
        Assert.Empty(await App.WithDbAsync(db => db.Set<LegalTextReview>().Where(r => r.IncidentId == id).ToListAsync()));
    }

    [Fact]
    public async Task A_phrase_legal_asked_not_to_say_is_a_finding_in_a_later_client_text()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var legal = await LegalAsync();
        var id = await ContractIncidentAsync(owner, PlaybookStage.FollowUpRecap);

        var phrase = await App.SendAsync(legal, async m => await m.Send(new AddDoNotSay.Command { Id = id, Version = await VersionAsync(id), Phrase = "  Clause   7 " }));
        Assert.Equal("Clause 7", phrase);
        await App.SendAsync(owner, async m => await m.Send(new Pages.Incidents.Playbook.RecapModel.Command
        {
            Id = id, Version = await VersionAsync(id), Text = "Dear Dana, as CLAUSE\n7 says, we will fix it. Alex", Send = false,
        }));

        var finding = Assert.Single((await ReadAsync(id)).BlameFindings, f => f.Category == BlameCategory.LegalAskedNotToSay);
        Assert.Equal((ClientTextKind.Recap, "CLAUSE\n7"), (finding.Text, finding.Phrase));
        using var http = await App.CreateSignedInClientAsync(owner);
        var recap = await GetHtmlAsync(http, $"/Incidents/{id}/Recap");
        Assert.Contains("Legal asked not to say this", recap, StringComparison.Ordinal);
        var details = await GetHtmlAsync(http, $"/Incidents/{id}");
        Assert.Contains("Legal asked not to say this", details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_recap_legal_has_not_approved_goes_back_to_legal_when_marked_as_sent_and_is_sent_once_approved()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var legal = await LegalAsync();
        var id = await ContractIncidentAsync(owner, PlaybookStage.FollowUpRecap);
        using var http = await App.CreateSignedInClientAsync(owner);
        var html = await GetHtmlAsync(http, $"/Incidents/{id}/Recap");
        var draft = HttpForms.TextareaValue(html, "Data.Text");

        using var response = await http.PostFormAsync($"/Incidents/{id}/Recap?handler=Send", RecapFields(html, draft));

        Assert.Equal($"/Incidents/{id}/Recap", Location(response));
        var page = await GetHtmlAsync(http, $"/Incidents/{id}/Recap");
        Assert.Contains("Legal has not approved this wording of the recap, so it is saved as a draft, not sent, and went to legal.", page, StringComparison.Ordinal);
        var waiting = await ReadAsync(id);
        Assert.False(waiting.Recap!.IsSent);
        Assert.Equal(LegalReviewStatus.Awaiting, waiting.LegalReviewStatus);
        var queue = await GetHtmlAsync(await App.CreateSignedInClientAsync(legal), "/Legal");
        Assert.Contains($"/Incidents/{id}/LegalReview", queue, StringComparison.Ordinal);

        await App.SendAsync(legal, async m => await m.Send(new ReviewTextWording.Command
        {
            Id = id, Version = await VersionAsync(id), Kind = ClientTextKind.Recap, Decision = LegalDecision.Approved,
        }));
        var approved = await GetHtmlAsync(http, $"/Incidents/{id}/Recap");
        Assert.Contains("Legal approved the wording of the recap", approved, StringComparison.Ordinal);
        using var sent = await http.PostFormAsync($"/Incidents/{id}/Recap?handler=Send", RecapFields(approved, HttpForms.TextareaValue(approved, "Data.Text")));

        Assert.Equal($"/Incidents/{id}", Location(sent));
        var incident = await ReadAsync(id);
        Assert.True(incident.Recap!.IsSent);
        Assert.Equal(LegalReviewStatus.Approved, incident.LegalReviewStatus);
    }

    [Fact]
    public async Task The_account_manager_and_legal_share_a_thread_where_every_earlier_note_stays_readable()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var legal = await LegalAsync();
        var id = await ContractIncidentAsync(owner, PlaybookStage.ResearchAlternatives, completeStage: true);
        await ReviewAsync(legal, id, LegalDecision.ChangesRequired, "First: no refund.");
        App.Clock.Now = App.Clock.Now.AddMinutes(1);
        using var ownerHttp = await App.CreateSignedInClientAsync(owner);
        var details = await GetHtmlAsync(ownerHttp, $"/Incidents/{id}");

        using var posted = await ownerHttp.PostFormAsync($"/Incidents/{id}?handler=LegalNote",
            [new("note.Version", HttpForms.InputValue(details, "note.Version")!), new("note.Text", "May I mention clause 7?"), new(HttpForms.TokenField, HttpForms.AntiforgeryToken(details))]);
        Assert.StartsWith($"/Incidents/{id}", Location(posted), StringComparison.Ordinal);
        App.Clock.Now = App.Clock.Now.AddMinutes(1);
        await App.SendAsync(legal, async m => await m.Send(new AddLegalNote.FromLegal { Id = id, Version = await VersionAsync(id), Text = "No, keep clause 7 out." }));
        App.Clock.Now = App.Clock.Now.AddMinutes(1);
        await ReviewAsync(legal, id, LegalDecision.Approved, "Second: fine now.");

        var page = await GetHtmlAsync(ownerHttp, $"/Incidents/{id}");
        var order = new[] { "First: no refund.", "May I mention clause 7?", "No, keep clause 7 out.", "Second: fine now." }
            .Select(text => page.IndexOf(text, StringComparison.Ordinal)).ToList();
        Assert.All(order, position => Assert.True(position >= 0));
        Assert.Equal(order.Order(), order);
        Assert.Contains("Alex Morgan (account team)", page, StringComparison.Ordinal);
        var review = await GetHtmlAsync(await App.CreateSignedInClientAsync(legal), $"/Incidents/{id}/LegalReview");
        Assert.Contains("May I mention clause 7?", review, StringComparison.Ordinal);
        Assert.Contains("A note for the account manager", review, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_note_is_refused_next_to_its_field_on_the_incident_page()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var id = await ContractIncidentAsync(owner, PlaybookStage.ResearchAlternatives);
        using var http = await App.CreateSignedInClientAsync(owner);
        var details = await GetHtmlAsync(http, $"/Incidents/{id}");

        using var response = await http.PostFormAsync($"/Incidents/{id}?handler=LegalNote",
            [new("note.Version", HttpForms.InputValue(details, "note.Version")!), new("note.Text", "   "), new(HttpForms.TokenField, HttpForms.AntiforgeryToken(details))]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("The note for legal was not added:", html, StringComparison.Ordinal);
        Assert.Contains("id=\"legal-note-error\"", html, StringComparison.Ordinal);
        Assert.Empty(await App.WithDbAsync(db => db.Set<LegalNote>().Where(n => n.IncidentId == id).ToListAsync()));
    }

    private static Domain.Actor LegalActor() => Domain.Actor.Create("legal-user", "Lena Kovac");

    private static List<KeyValuePair<string, string>> RecapFields(string html, string text) =>
    [
        new("Data.Version", uint.Parse(HttpForms.InputValue(html, "Data.Version")!, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)),
        new("Data.Text", text),
        new(HttpForms.TokenField, HttpForms.AntiforgeryToken(html)),
    ];
}
