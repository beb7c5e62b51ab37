using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Domain.Language;
using static PromiseKeeper.Domain.Tests.Incidents.Playbook.PlaybookAssert;
using static PromiseKeeper.Domain.Tests.TestDetails;

namespace PromiseKeeper.Domain.Tests.Incidents.Playbook;

/// <summary>
/// Legal sees the words: a decision per client text, the phrases legal asked not to say checked in later texts,
/// a recap legal has not approved going back to legal before it is sent, and the thread of notes.
/// </summary>
public class LegalWordingTests
{
    private const string NotContractLinked = "This incident is not linked to a contract, so it needs no legal review.";

    private static readonly Actor Legal = Journey.Legal;

    private static Journey ContractLinkedAt(PlaybookStage stage) => Journey.At(stage, Valid() with { ContractReference = "SOW 3" });

    [Fact]
    public void The_texts_drafted_so_far_are_the_call_texts_then_the_recap()
    {
        var journey = ContractLinkedAt(PlaybookStage.Conversation);

        Assert.Equal([ClientTextKind.CallRequestEmail, ClientTextKind.VoicemailScript, ClientTextKind.CallPlan], journey.Incident.ClientTexts.Select(t => t.Kind));
        Assert.True(journey.Incident.ClientTexts[0].IsSent);
        Assert.Equal(journey.Incident.Call!.CallPlan, journey.Incident.ClientTexts[2].Text);

        journey.RecordConversation().MoveTo(PlaybookStage.FollowUpRecap).SaveRecap(send: false);
        Assert.Equal(ClientTextKind.Recap, journey.Incident.ClientTexts[^1].Kind);
        Assert.False(journey.Incident.ClientTexts[^1].IsSent);
    }

    [Fact]
    public void A_written_message_instead_of_a_call_is_the_one_text_of_that_path()
    {
        var journey = ContractLinkedAt(PlaybookStage.ScheduleCall).WriteInstead(sent: false);

        var text = Assert.Single(journey.Incident.ClientTexts);
        Assert.Equal(ClientTextKind.EmailInsteadOfCall, text.Kind);
    }

    [Fact]
    public void Legal_asks_for_changes_to_the_call_plan_and_the_decision_keeps_the_wording_legal_saw()
    {
        var journey = ContractLinkedAt(PlaybookStage.Conversation);
        var plan = journey.Incident.Call!.CallPlan;
        var at = journey.Next();

        var review = journey.Incident.RecordLegalTextReview(ClientTextKind.CallPlan, LegalDecision.ChangesRequired, "  Do not say it was our breach. ", Legal, at);

        Assert.Equal(ClientTextKind.CallPlan, review.Text);
        Assert.Equal("Do not say it was our breach.", review.Note);
        Assert.Equal(plan, review.TextReviewed);
        Assert.Equal(Legal.DisplayName, review.ReviewerName);
        Assert.Same(review, journey.Incident.LatestTextReview(ClientTextKind.CallPlan));
        Assert.Null(journey.Incident.LatestTextReview(ClientTextKind.CallRequestEmail));
        Assert.True(review.Covers(plan + "\r\n"));
        Assert.False(review.Covers(plan + " Also sorry."));
        LastEvent(journey.Incident, Legal, at, "Legal asked for changes to the wording of the call plan.");
    }

    [Fact]
    public void A_wording_decision_needs_a_decision_a_note_for_changes_and_a_drafted_text()
    {
        var journey = ContractLinkedAt(PlaybookStage.Conversation);
        var incident = journey.Incident;

        RefusedFor(incident, () => incident.RecordLegalTextReview(ClientTextKind.CallPlan, null, null, Legal, journey.Next()), "Decision");
        RefusedFor(incident, () => incident.RecordLegalTextReview(ClientTextKind.CallPlan, (LegalDecision)9, null, Legal, journey.Next()), "Decision");
        RefusedFor(incident, () => incident.RecordLegalTextReview(ClientTextKind.CallPlan, LegalDecision.ChangesRequired, "  ", Legal, journey.Next()), "Note");
        Refused(incident, () => incident.RecordLegalTextReview(ClientTextKind.Recap, LegalDecision.Approved, null, Legal, journey.Next()));
        Refused(incident, () => incident.RecordLegalTextReview(null, LegalDecision.Approved, null, Legal, journey.Next()));
        Assert.Empty(incident.LegalTextReviews);
    }

    [Fact]
    public void Only_a_contract_linked_open_incident_gets_wording_decisions_notes_and_phrases()
    {
        var journey = Journey.At(PlaybookStage.Conversation);
        var incident = journey.Incident;

        RefusedWith(incident, NotContractLinked, () => incident.RecordLegalTextReview(ClientTextKind.CallPlan, LegalDecision.Approved, null, Legal, journey.Next()));
        RefusedWith(incident, NotContractLinked, () => incident.AddDoNotSay("refund", Legal, journey.Next()));
        RefusedWith(incident, NotContractLinked, () => incident.AddLegalNote("A note.", byLegal: false, Owner, journey.Next()));

        var closed = ContractLinkedAt(PlaybookStage.Closed);
        Refused(closed.Incident, () => closed.Incident.AddLegalNote("A note.", byLegal: true, Legal, closed.Next()));
    }

    [Fact]
    public void A_phrase_is_kept_once_whatever_its_case_or_spacing()
    {
        var journey = ContractLinkedAt(PlaybookStage.ResearchAlternatives);
        var incident = journey.Incident;
        var at = journey.Next();

        incident.AddDoNotSay("  breach  of\tcontract ", Legal, at);

        Assert.Equal(["breach of contract"], incident.DoNotSay);
        LastEvent(incident, Legal, at, "Legal asked not to say \"breach of contract\" to the client; client texts are checked for it.");
        RefusedFor(incident, () => incident.AddDoNotSay("Breach OF  Contract", Legal, journey.Next()), "Phrase");
        RefusedFor(incident, () => incident.AddDoNotSay("   ", Legal, journey.Next()), "Phrase");
        RefusedFor(incident, () => incident.AddDoNotSay(new string('x', Incident.DoNotSayPhraseMaxLength + 1), Legal, journey.Next()), "Phrase");
        Assert.Single(incident.DoNotSay);
    }

    [Fact]
    public void A_later_client_text_with_a_phrase_legal_asked_not_to_say_gets_a_finding_on_the_record()
    {
        var journey = ContractLinkedAt(PlaybookStage.ScheduleCall);
        journey.Incident.AddDoNotSay("full refund", Legal, journey.Next());

        journey.ScheduleCall(requestSent: false, change: call => call with { CallPlan = "Open, listen, apologise.\nOffer a FULL\n refund if they ask." });

        var finding = Assert.Single(journey.Incident.BlameFindings, f => f.Category == BlameCategory.LegalAskedNotToSay);
        Assert.Equal(ClientTextKind.CallPlan, finding.Text);
        Assert.Equal("FULL\n refund", finding.Phrase);
        Assert.False(finding.WasSent);
    }

    [Fact]
    public void The_check_of_a_client_text_gives_blame_and_legals_phrases_in_the_order_of_the_text()
    {
        var journey = ContractLinkedAt(PlaybookStage.ScheduleCall);
        journey.Incident.AddDoNotSay("clause 7", Legal, journey.Next());

        var findings = journey.Incident.CheckClientText("Under Clause  7 nothing is owed. Sadly you failed to send us the data in time.");

        Assert.Equal(BlameCategory.LegalAskedNotToSay, findings[0].Category);
        Assert.Equal("Clause  7", findings[0].Phrase);
        Assert.Contains(findings.Skip(1), f => f.Category == BlameCategory.BlamesClient);
        Assert.Equal(findings.OrderBy(f => f.Start).Select(f => f.Start), findings.Select(f => f.Start));
        Assert.Empty(journey.Incident.CheckClientText("Thank you for your patience."));
    }

    [Fact]
    public void A_contract_linked_recap_legal_has_not_seen_goes_to_legal_instead_of_being_sent()
    {
        var journey = ContractLinkedAt(PlaybookStage.FollowUpRecap);
        var incident = journey.Incident;
        var at = journey.Next();

        var saved = incident.SaveRecap(PlaybookInputs.RecapText, send: true, Owner, at);

        Assert.Equal(RecapSaved.WaitsForLegal, saved);
        Assert.Equal(PlaybookInputs.RecapText, incident.Recap!.Text);
        Assert.False(incident.Recap.IsSent);
        Assert.Equal(LegalReviewStatus.Awaiting, incident.LegalReviewStatus);
        Assert.True(incident.AwaitsLegalForWordingOnly);
        Assert.Equal(at, incident.LegalReviewRequestedAt);
        LastEvent(incident, Owner, at, "The recap went to legal before being sent: legal has not approved this wording.");
    }

    [Fact]
    public void Once_legal_approved_the_recaps_wording_it_can_be_sent_and_the_incident_leaves_legals_queue()
    {
        var journey = ContractLinkedAt(PlaybookStage.FollowUpRecap).SaveRecap(send: true);
        var incident = journey.Incident;

        journey.ApproveWordingAsLegal(ClientTextKind.Recap);
        Assert.Equal(LegalReviewStatus.Approved, incident.LegalReviewStatus);

        // The same wording as a form posts it (CRLF, a trailing line break) is what legal saw.
        var saved = incident.SaveRecap(PlaybookInputs.RecapText + "\r\n", send: true, Owner, journey.Next());

        Assert.Equal(RecapSaved.Sent, saved);
        Assert.True(incident.Recap!.IsSent);
    }

    [Fact]
    public void A_recap_changed_after_legal_approved_it_goes_back_to_legal()
    {
        var journey = ContractLinkedAt(PlaybookStage.FollowUpRecap).SaveRecap(send: true).ApproveWordingAsLegal(ClientTextKind.Recap);
        var incident = journey.Incident;

        var saved = incident.SaveRecap(PlaybookInputs.RecapText + " We also owe you a full refund.", send: true, Owner, journey.Next());

        Assert.Equal(RecapSaved.WaitsForLegal, saved);
        Assert.False(incident.Recap!.IsSent);
        Assert.Equal(LegalReviewStatus.Awaiting, incident.LegalReviewStatus);
    }

    [Fact]
    public void A_recap_legal_asked_to_change_is_not_sent_as_it_stands()
    {
        var journey = ContractLinkedAt(PlaybookStage.FollowUpRecap).SaveRecap(send: true);
        var incident = journey.Incident;
        incident.RecordLegalTextReview(ClientTextKind.Recap, LegalDecision.ChangesRequired, "Leave out the discount's amount.", Legal, journey.Next());
        Assert.Equal(LegalReviewStatus.Approved, incident.LegalReviewStatus);

        Assert.Equal(RecapSaved.WaitsForLegal, incident.SaveRecap(PlaybookInputs.RecapText, send: true, Owner, journey.Next()));
        Assert.False(incident.Recap!.IsSent);
    }

    [Fact]
    public void A_recap_without_a_contract_is_sent_at_once_and_a_draft_never_goes_to_legal()
    {
        var plain = Journey.At(PlaybookStage.FollowUpRecap);
        Assert.Equal(RecapSaved.Sent, plain.Incident.SaveRecap(PlaybookInputs.RecapText, send: true, Owner, plain.Next()));

        var linked = ContractLinkedAt(PlaybookStage.FollowUpRecap);
        Assert.Equal(RecapSaved.Draft, linked.Incident.SaveRecap(PlaybookInputs.RecapText, send: false, Owner, linked.Next()));
        Assert.Equal(LegalReviewStatus.Approved, linked.Incident.LegalReviewStatus);
    }

    [Fact]
    public void The_thread_keeps_every_note_and_decision_oldest_first_with_who_and_when()
    {
        var journey = ContractLinkedAt(PlaybookStage.ResearchAlternatives);
        var incident = journey.Incident;
        journey.AddOfferedOption();
        var first = journey.Next();
        incident.AddLegalNote("  May I mention clause 7? ", byLegal: false, Owner, first);
        var second = journey.Next();
        incident.RecordLegalReview(LegalDecision.ChangesRequired, "No refund.", Legal, second);
        var third = journey.Next();
        incident.AddLegalNote("Clause 7 stays out.", byLegal: true, Legal, third);
        journey.ApproveAsLegal("Fine now.").MoveTo(PlaybookStage.ScheduleCall).ScheduleCall();
        var fifth = journey.Next();
        incident.RecordLegalTextReview(ClientTextKind.CallPlan, LegalDecision.ChangesRequired, "Do not admit a breach.", Legal, fifth);

        var thread = incident.LegalThread;

        Assert.Equal(5, thread.Count);
        Assert.Equal(thread.OrderBy(e => e.At).Select(e => e.At), thread.Select(e => e.At));
        Assert.Equal(new LegalThreadEntry(first, Owner.DisplayName, false, null, null, "May I mention clause 7?"), thread[0]);
        Assert.Equal(new LegalThreadEntry(second, Legal.DisplayName, true, LegalDecision.ChangesRequired, null, "No refund."), thread[1]);
        Assert.Equal(new LegalThreadEntry(third, Legal.DisplayName, true, null, null, "Clause 7 stays out."), thread[2]);
        Assert.Equal(LegalDecision.Approved, thread[3].Decision);
        Assert.Equal(new LegalThreadEntry(fifth, Legal.DisplayName, true, LegalDecision.ChangesRequired, ClientTextKind.CallPlan, "Do not admit a breach."), thread[4]);
        LastEvent(incident, Legal, fifth, "Legal asked for changes to the wording of the call plan.");
    }

    [Fact]
    public void A_note_must_say_something_and_fit()
    {
        var journey = ContractLinkedAt(PlaybookStage.ResearchAlternatives);

        RefusedFor(journey.Incident, () => journey.Incident.AddLegalNote(" ", byLegal: false, Owner, journey.Next()), "Text");
        RefusedFor(journey.Incident, () => journey.Incident.AddLegalNote(new string('x', LegalNote.TextMaxLength + 1), byLegal: true, Legal, journey.Next()), "Text");
        Assert.Empty(journey.Incident.LegalNotes);
    }
}
