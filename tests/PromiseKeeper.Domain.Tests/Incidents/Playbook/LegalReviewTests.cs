using System.Globalization;
using PromiseKeeper.Domain.Incidents;
using static PromiseKeeper.Domain.Tests.Incidents.Playbook.PlaybookAssert;
using static PromiseKeeper.Domain.Tests.TestDetails;

namespace PromiseKeeper.Domain.Tests.Incidents.Playbook;

/// <summary>
/// Legal review of contract-linked incidents: entering legal's queue, approving or asking for changes,
/// the gate on the conversation, and the approval lapsing when what legal saw changes.
/// </summary>
public class LegalReviewTests
{
    private const string Contract = "SOW 3, section 2.1";
    private const string LegalApprovalFirst = "This incident is linked to a contract: legal must approve it, with the offer as it stands, before the conversation with the client.";
    private const string SendTheRequestFirst = "Send the email that asks for the call (or the written message, if a call is impossible) and mark it as sent.";
    private const string NotContractLinked = "This incident is not linked to a contract, so it needs no legal review.";
    private const string ApprovedEvent = "Legal approved the incident and its current offer.";
    private const string ChangesEvent = "Legal asked for changes before the conversation with the client.";
    private const string AskedAgainEvent = "Asked legal to review the incident again after making the changes they asked for.";
    private const string DiscountLine = "Discount on the next three invoices\t5000.00 EUR";
    private const string TrainingLine = "Free training day\t1500.00 EUR";

    private static readonly Actor Legal = Journey.Legal;

    private static IncidentDetails ContractLinked() => Valid() with { ContractReference = Contract };

    private static OriginDetails ContractOrigin(string? reference = Contract) => PlaybookInputs.Origin() with { ContractReference = reference };

    /// <summary>A contract-linked incident at <paramref name="stage"/>; walking past research, legal approves on the way.</summary>
    private static Journey ContractLinkedAt(PlaybookStage stage) => Journey.At(stage, ContractLinked());

    /// <summary>A contract-linked incident at research whose one offered option legal has approved.</summary>
    private static Journey Approved()
    {
        var journey = ContractLinkedAt(PlaybookStage.ResearchAlternatives);
        journey.AddOfferedOption();
        return journey.ApproveAsLegal();
    }

    private static string Lapsed(string what) =>
        $"Legal's approval lapsed because {what} changed after it was approved; the incident is back in legal's queue.";

    private static bool HasLapseEvent(Incident incident) =>
        incident.Timeline.Any(e => e.Description.StartsWith("Legal's approval lapsed", StringComparison.Ordinal));

    private static void AssertLapsed(Journey journey, LegalReview approval, DateTimeOffset at, string what)
    {
        var incident = journey.Incident;
        Assert.Equal(LegalReviewStatus.Awaiting, incident.LegalReviewStatus);
        Assert.True(incident.AwaitsLegalApproval);
        Assert.Equal(at, incident.LegalReviewRequestedAt);
        Assert.Equal(LegalDecision.Approved, approval.Decision);
        Assert.Equal(at, approval.LapsedAt);
        LastEvent(incident, Owner, at, Lapsed(what));
    }

    [Fact]
    public void An_incident_logged_with_a_contract_reference_enters_legals_queue()
    {
        var loggedAt = Now.ToOffset(TimeSpan.FromHours(2));

        var incident = Incident.Log(ContractLinked(), Owner, loggedAt);

        Assert.Equal(LegalReviewStatus.Awaiting, incident.LegalReviewStatus);
        Assert.Equal(Now, incident.LegalReviewRequestedAt);
        Assert.Equal(TimeSpan.Zero, incident.LegalReviewRequestedAt!.Value.Offset);
        Assert.True(incident.AwaitsLegalApproval);
        Assert.Empty(incident.LegalReviews);
        Assert.Null(incident.LatestLegalReview);
        Assert.Equal($"Marked as contract-linked ({Contract}): legal review is needed.", incident.Timeline[^1].Description);
    }

    [Fact]
    public void An_incident_without_a_contract_reference_needs_no_legal_review()
    {
        var incident = Incident.Log(Valid(), Owner, Now);

        Assert.Equal(LegalReviewStatus.NotNeeded, incident.LegalReviewStatus);
        Assert.Null(incident.LegalReviewRequestedAt);
        Assert.False(incident.AwaitsLegalApproval);
    }

    [Fact]
    public void Adding_a_contract_reference_to_the_origin_enters_legals_queue()
    {
        var journey = Journey.Start();
        var at = journey.Next();

        journey.Incident.RecordOrigin(ContractOrigin(), Owner, at);

        Assert.Equal(LegalReviewStatus.Awaiting, journey.Incident.LegalReviewStatus);
        Assert.Equal(at, journey.Incident.LegalReviewRequestedAt);
        Assert.True(journey.Incident.AwaitsLegalApproval);
    }

    [Fact]
    public void Removing_the_contract_reference_takes_the_incident_out_of_legals_queue()
    {
        var journey = Journey.Start(ContractLinked());

        journey.RecordOrigin(ContractOrigin(null));

        Assert.Equal(LegalReviewStatus.NotNeeded, journey.Incident.LegalReviewStatus);
        Assert.Null(journey.Incident.LegalReviewRequestedAt);
        Assert.False(journey.Incident.AwaitsLegalApproval);
    }

    [Fact]
    public void Removing_the_contract_reference_after_approval_needs_no_review_any_more()
    {
        var journey = Approved();

        journey.RecordOrigin(ContractOrigin(null));

        Assert.Equal(LegalReviewStatus.NotNeeded, journey.Incident.LegalReviewStatus);
        Assert.False(journey.Incident.AwaitsLegalApproval);
        Assert.False(HasLapseEvent(journey.Incident));
        // The old approval no longer stands: adding a contract back must not look approved.
        Assert.NotNull(journey.Incident.LatestLegalReview!.LapsedAt);
    }

    [Fact]
    public void Adding_the_contract_reference_back_enters_legals_queue_again()
    {
        var journey = Journey.Start(ContractLinked()).RecordOrigin(ContractOrigin(null));
        var at = journey.Next();

        journey.Incident.RecordOrigin(ContractOrigin(), Owner, at);

        Assert.Equal(LegalReviewStatus.Awaiting, journey.Incident.LegalReviewStatus);
        Assert.Equal(at, journey.Incident.LegalReviewRequestedAt);
    }

    [Fact]
    public void Legal_approves_the_incident_with_its_current_offer()
    {
        var journey = ContractLinkedAt(PlaybookStage.ResearchAlternatives);
        journey.AddOfferedOption();
        var at = journey.Next();

        var review = journey.Incident.RecordLegalReview(LegalDecision.Approved, "  Offer as it stands; no admission of breach. ", Legal, at);

        Assert.Equal(LegalDecision.Approved, review.Decision);
        Assert.Equal("Offer as it stands; no admission of breach.", review.Notes);
        Assert.Equal(DiscountLine, review.OfferReviewed);
        Assert.Equal(Legal.UserId, review.ReviewerId);
        Assert.Equal(Legal.DisplayName, review.ReviewerName);
        Assert.Equal(at, review.ReviewedAt);
        Assert.Null(review.LapsedAt);
        Assert.NotEqual(Guid.Empty, review.Id);
        Assert.Same(review, Assert.Single(journey.Incident.LegalReviews));
        Assert.Same(review, journey.Incident.LatestLegalReview);
        Assert.Equal(LegalReviewStatus.Approved, journey.Incident.LegalReviewStatus);
        Assert.False(journey.Incident.AwaitsLegalApproval);
        LastEvent(journey.Incident, Legal, at, ApprovedEvent);
    }

    [Fact]
    public void Notes_are_optional_with_an_approval()
    {
        var journey = ContractLinkedAt(PlaybookStage.ResearchAlternatives);
        journey.AddOfferedOption();

        var review = journey.Incident.RecordLegalReview(LegalDecision.Approved, "  ", Legal, journey.Next());

        Assert.Null(review.Notes);
        Assert.Equal(LegalReviewStatus.Approved, journey.Incident.LegalReviewStatus);
    }

    [Fact]
    public void Legal_cannot_approve_before_there_is_an_offer()
    {
        var journey = ContractLinkedAt(PlaybookStage.ResearchAlternatives);
        journey.AddOption();

        RefusedFor(journey.Incident,
            () => journey.Incident.RecordLegalReview(LegalDecision.Approved, "Fine.", Legal, journey.Next()),
            "Decision");
        Assert.Empty(journey.Incident.LegalReviews);
        Assert.Equal(LegalReviewStatus.Awaiting, journey.Incident.LegalReviewStatus);
    }

    [Fact]
    public void Legal_cannot_approve_an_offer_that_was_emptied()
    {
        var journey = ContractLinkedAt(PlaybookStage.ResearchAlternatives);
        var option = journey.AddOfferedOption();
        journey.Incident.RemoveFromOffer(option.Id, Owner, journey.Next());

        RefusedFor(journey.Incident,
            () => journey.Incident.RecordLegalReview(LegalDecision.Approved, null, Legal, journey.Next()),
            "Decision");
    }

    [Fact]
    public void Legal_can_ask_for_changes_before_there_is_an_offer()
    {
        var journey = ContractLinkedAt(PlaybookStage.ResearchAlternatives);
        var at = journey.Next();

        var review = journey.Incident.RecordLegalReview(LegalDecision.ChangesRequired, " Do not offer a refund; clause 7 caps liability. ", Legal, at);

        Assert.Equal(LegalDecision.ChangesRequired, review.Decision);
        Assert.Equal("Do not offer a refund; clause 7 caps liability.", review.Notes);
        Assert.Equal(string.Empty, review.OfferReviewed);
        Assert.Equal(LegalReviewStatus.ChangesRequired, journey.Incident.LegalReviewStatus);
        Assert.True(journey.Incident.AwaitsLegalApproval);
        LastEvent(journey.Incident, Legal, at, ChangesEvent);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Asking_for_changes_needs_notes_on_what_to_change(string? notes)
    {
        var journey = ContractLinkedAt(PlaybookStage.ResearchAlternatives);
        journey.AddOfferedOption();

        RefusedFor(journey.Incident,
            () => journey.Incident.RecordLegalReview(LegalDecision.ChangesRequired, notes, Legal, journey.Next()),
            "Notes");
        Assert.Empty(journey.Incident.LegalReviews);
        Assert.Equal(LegalReviewStatus.Awaiting, journey.Incident.LegalReviewStatus);
    }

    [Theory]
    [InlineData(null)]
    [InlineData((LegalDecision)9)]
    public void A_review_needs_a_decision(LegalDecision? decision)
    {
        var journey = ContractLinkedAt(PlaybookStage.ResearchAlternatives);
        journey.AddOfferedOption();

        RefusedFor(journey.Incident,
            () => journey.Incident.RecordLegalReview(decision, "Some notes.", Legal, journey.Next()),
            "Decision");
        Assert.Empty(journey.Incident.LegalReviews);
    }

    [Theory]
    [InlineData(LegalDecision.Approved)]
    [InlineData(LegalDecision.ChangesRequired)]
    public void Notes_longer_than_the_limit_are_refused(LegalDecision decision)
    {
        var journey = ContractLinkedAt(PlaybookStage.ResearchAlternatives);
        journey.AddOfferedOption();

        RefusedFor(journey.Incident,
            () => journey.Incident.RecordLegalReview(decision, new string('x', LegalReview.NotesMaxLength + 1), Legal, journey.Next()),
            "Notes");
        var review = journey.Incident.RecordLegalReview(decision, new string('x', LegalReview.NotesMaxLength), Legal, journey.Next());
        Assert.Equal(LegalReview.NotesMaxLength, review.Notes!.Length);
    }

    [Fact]
    public void Approving_nothing_with_too_long_notes_names_both_fields()
    {
        var journey = ContractLinkedAt(PlaybookStage.ResearchAlternatives);

        RefusedFor(journey.Incident,
            () => journey.Incident.RecordLegalReview(LegalDecision.Approved, new string('x', LegalReview.NotesMaxLength + 1), Legal, journey.Next()),
            "Decision", "Notes");
    }

    [Theory]
    [InlineData(LegalDecision.Approved)]
    [InlineData(LegalDecision.ChangesRequired)]
    public void An_incident_not_linked_to_a_contract_refuses_a_legal_review(LegalDecision decision)
    {
        var journey = Journey.At(PlaybookStage.ResearchAlternatives);
        journey.AddOfferedOption();

        RefusedWith(journey.Incident, NotContractLinked,
            () => journey.Incident.RecordLegalReview(decision, "Some notes.", Legal, journey.Next()));
        Assert.Empty(journey.Incident.LegalReviews);
        Assert.Equal(LegalReviewStatus.NotNeeded, journey.Incident.LegalReviewStatus);
    }

    [Fact]
    public void A_finished_incident_refuses_a_legal_review()
    {
        var closed = ContractLinkedAt(PlaybookStage.Closed);
        var notApplicable = ContractLinkedAt(PlaybookStage.ResearchAlternatives).MarkNotApplicable();

        RefusedWith(closed.Incident, "This incident is closed, so you cannot record a legal review any more.",
            () => closed.Incident.RecordLegalReview(LegalDecision.ChangesRequired, "Too late.", Legal, closed.Next()));
        RefusedWith(notApplicable.Incident, "This incident is marked as not applicable, so you cannot record a legal review any more.",
            () => notApplicable.Incident.RecordLegalReview(LegalDecision.ChangesRequired, "Too late.", Legal, notApplicable.Next()));
    }

    [Fact]
    public void The_offer_is_described_one_offered_option_per_line()
    {
        var journey = ContractLinkedAt(PlaybookStage.ResearchAlternatives);
        Assert.Equal(string.Empty, journey.Incident.DescribeOffer());

        journey.AddOfferedOption();
        journey.AddOfferedOption(PlaybookInputs.Option(1_500m, "Free training day"));
        journey.AddOption(PlaybookInputs.Option(900m, "Extended support"));

        Assert.Equal($"{DiscountLine}\n{TrainingLine}", journey.Incident.DescribeOffer());
    }

    [Fact]
    public void The_offer_legal_saw_reads_back_as_descriptions_and_values_and_an_old_english_snapshot_as_written()
    {
        var journey = ContractLinkedAt(PlaybookStage.ResearchAlternatives);
        journey.AddOfferedOption();
        journey.AddOfferedOption(PlaybookInputs.Option(1_500m, "Free training day"));

        var review = journey.Incident.RecordLegalReview(LegalDecision.Approved, null, Legal, journey.Next());

        Assert.Equal(
            [
                new ReviewedOption("Discount on the next three invoices", new Money(5_000m, "EUR"), false),
                new ReviewedOption("Free training day", new Money(1_500m, "EUR"), false),
            ],
            review.OfferLines());
        Assert.Equal(
            new ReviewedOption("Discount (worth 5,000.00 EUR to the client)", null, true),
            Assert.Single(ReviewedOptionOf("Discount (worth 5,000.00 EUR to the client)")));
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("th-TH")]
    public void The_offer_description_does_not_depend_on_the_culture(string culture)
    {
        var journey = ContractLinkedAt(PlaybookStage.ResearchAlternatives);
        journey.AddOfferedOption();
        var (current, currentUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        string description;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            description = journey.Incident.DescribeOffer();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (current, currentUi);
        }

        Assert.Equal(DiscountLine, description);
    }

    [Fact]
    public void The_review_keeps_the_offer_as_legal_saw_it()
    {
        var journey = ContractLinkedAt(PlaybookStage.ResearchAlternatives);
        var discount = journey.AddOfferedOption();
        journey.AddOfferedOption(PlaybookInputs.Option(1_500m, "Free training day"));
        var seen = journey.Incident.DescribeOffer();

        var review = journey.Incident.RecordLegalReview(LegalDecision.Approved, null, Legal, journey.Next());
        journey.Incident.RemoveFromOffer(discount.Id, Owner, journey.Next());

        Assert.Equal(seen, review.OfferReviewed);
        Assert.Equal(TrainingLine, journey.Incident.DescribeOffer());
    }

    [Fact]
    public void Moving_to_the_conversation_is_blocked_until_legal_approves()
    {
        var journey = ContractLinkedAt(PlaybookStage.ResearchAlternatives);
        journey.AddOfferedOption();
        journey.MoveTo(PlaybookStage.ScheduleCall).ScheduleCall(requestSent: false);

        Assert.Equal([SendTheRequestFirst, LegalApprovalFirst], journey.Incident.BlockersFor(PlaybookStage.Conversation));

        journey.ScheduleCall(requestSent: true);

        Assert.Equal([LegalApprovalFirst], journey.Incident.BlockersFor(PlaybookStage.Conversation));
        RefusedWith(journey.Incident, LegalApprovalFirst,
            () => journey.Incident.MoveTo(PlaybookStage.Conversation, Owner, journey.Next()));

        journey.ApproveAsLegal();

        Assert.Empty(journey.Incident.BlockersFor(PlaybookStage.Conversation));
        journey.MoveTo(PlaybookStage.Conversation);
        Assert.Equal(PlaybookStage.Conversation, journey.Incident.Stage);
    }

    [Fact]
    public void Moving_to_the_conversation_is_blocked_while_legal_asks_for_changes()
    {
        var journey = ContractLinkedAt(PlaybookStage.ScheduleCall).RequireChangesAsLegal();
        journey.ScheduleCall();

        Assert.Equal([LegalApprovalFirst], journey.Incident.BlockersFor(PlaybookStage.Conversation));
    }

    [Theory]
    [InlineData("legal asks for changes after approving")]
    [InlineData("the contract reference changes")]
    [InlineData("a contract reference is added")]
    public void The_conversation_cannot_be_recorded_until_legal_approves(string how)
    {
        var journey = how switch
        {
            "legal asks for changes after approving" => ContractLinkedAt(PlaybookStage.Conversation).RequireChangesAsLegal(),
            "the contract reference changes" => ContractLinkedAt(PlaybookStage.Conversation).RecordOrigin(ContractOrigin("SOW 4, section 1")),
            "a contract reference is added" => Journey.At(PlaybookStage.Conversation).RecordOrigin(ContractOrigin()),
            _ => throw new ArgumentOutOfRangeException(nameof(how), how, "No such case in this test."),
        };
        Assert.True(journey.Incident.AwaitsLegalApproval);
        var at = journey.Next();

        RefusedWith(journey.Incident, LegalApprovalFirst,
            () => journey.Incident.RecordConversation(PlaybookInputs.Conversation(at), Owner, at));
        Assert.Null(journey.Incident.Conversation);

        journey.ApproveAsLegal().RecordConversation();

        Assert.NotNull(journey.Incident.Conversation);
    }

    [Fact]
    public void Adding_to_an_approved_offer_lapses_the_approval()
    {
        var journey = Approved();
        var approval = journey.Incident.LatestLegalReview!;
        var option = journey.AddOption(PlaybookInputs.Option(1_500m, "Free training day"));
        var events = journey.Incident.Timeline.Count;
        var at = journey.Next();

        journey.Incident.AddToOffer(option.Id, Owner, at);

        AssertLapsed(journey, approval, at, "the offer");
        Assert.Equal(events + 2, journey.Incident.Timeline.Count);
        Assert.Equal("Added to the offer: Free training day.", journey.Incident.Timeline[^2].Description);
    }

    [Fact]
    public void Taking_out_of_an_approved_offer_lapses_the_approval()
    {
        var journey = Approved();
        var approval = journey.Incident.LatestLegalReview!;
        var option = Assert.Single(journey.Incident.Offer);
        var events = journey.Incident.Timeline.Count;
        var at = journey.Next();

        journey.Incident.RemoveFromOffer(option.Id, Owner, at);

        AssertLapsed(journey, approval, at, "the offer");
        Assert.Equal(events + 2, journey.Incident.Timeline.Count);
        Assert.Equal("Took out of the offer: Discount on the next three invoices.", journey.Incident.Timeline[^2].Description);
    }

    [Fact]
    public void Changing_the_contract_reference_lapses_the_approval()
    {
        var journey = Approved();
        var approval = journey.Incident.LatestLegalReview!;
        var events = journey.Incident.Timeline.Count;
        var at = journey.Next();

        journey.Incident.RecordOrigin(ContractOrigin("SOW 4, section 1"), Owner, at);

        AssertLapsed(journey, approval, at, "the contract reference");
        Assert.Equal("SOW 4, section 1", journey.Incident.ContractReference);
        Assert.Equal(events + 3, journey.Incident.Timeline.Count);
        Assert.StartsWith($"Corrected contract reference: {Contract} → SOW 4, section 1", journey.Incident.Timeline[^3].Description, StringComparison.Ordinal);
        Assert.StartsWith("Updated where the promise came from", journey.Incident.Timeline[^2].Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("add an option without offering it")]
    [InlineData("confirm an option")]
    [InlineData("offer an option already offered")]
    [InlineData("take out an option not offered")]
    [InlineData("record the origin again with the same reference")]
    [InlineData("record the origin with the same reference in spaces")]
    [InlineData("add evidence")]
    [InlineData("move on and plan the call")]
    [InlineData("reassign the incident")]
    public void Unrelated_changes_keep_the_approval(string change)
    {
        var journey = Approved();
        var approval = journey.Incident.LatestLegalReview!;
        var offered = Assert.Single(journey.Incident.Offer);

        switch (change)
        {
            case "add an option without offering it":
                journey.AddOption(PlaybookInputs.Option(900m, "Extended support"));
                break;
            case "confirm an option":
            {
                var unconfirmed = journey.AddOption(PlaybookInputs.Option(900m, "Extended support") with { ConfirmedBy = null });
                journey.Incident.ConfirmOption(unconfirmed.Id, "Nina Kralj", Owner, journey.Next());
                break;
            }

            case "offer an option already offered":
                journey.Incident.AddToOffer(offered.Id, Owner, journey.Next());
                break;
            case "take out an option not offered":
            {
                var other = journey.AddOption(PlaybookInputs.Option(900m, "Extended support"));
                journey.Incident.RemoveFromOffer(other.Id, Owner, journey.Next());
                break;
            }

            case "record the origin again with the same reference":
                journey.RecordOrigin(ContractOrigin() with { Findings = "Peter also confirmed the date on a call." });
                break;
            case "record the origin with the same reference in spaces":
                journey.RecordOrigin(ContractOrigin($"  {Contract} "));
                break;
            case "add evidence":
                journey.Incident.AddPastedEvidence("Email from Peter", "End of May, guaranteed.", Owner, journey.Next());
                break;
            case "move on and plan the call":
                journey.MoveTo(PlaybookStage.ScheduleCall).ScheduleCall();
                break;
            case "reassign the incident":
                journey.Incident.Reassign(new Actor("user-21", "Luka Zupan"), Journey.Lead, journey.Next());
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(change), change, "No such change in this test.");
        }

        Assert.Equal(LegalReviewStatus.Approved, journey.Incident.LegalReviewStatus);
        Assert.False(journey.Incident.AwaitsLegalApproval);
        Assert.Null(approval.LapsedAt);
        Assert.False(HasLapseEvent(journey.Incident));
    }

    [Fact]
    public void Changing_the_offer_while_legal_has_not_approved_keeps_the_place_in_the_queue()
    {
        var journey = ContractLinkedAt(PlaybookStage.ResearchAlternatives);
        var requestedAt = journey.Incident.LegalReviewRequestedAt;

        var option = journey.AddOfferedOption();
        journey.Incident.RemoveFromOffer(option.Id, Owner, journey.Next());
        journey.RecordOrigin(ContractOrigin("SOW 4, section 1"));

        Assert.Equal(LegalReviewStatus.Awaiting, journey.Incident.LegalReviewStatus);
        Assert.Equal(requestedAt, journey.Incident.LegalReviewRequestedAt);
        Assert.False(HasLapseEvent(journey.Incident));
    }

    [Fact]
    public void Changing_the_offer_after_legal_asked_for_changes_leaves_the_request_standing()
    {
        var journey = ContractLinkedAt(PlaybookStage.ResearchAlternatives).RequireChangesAsLegal();

        journey.AddOfferedOption();

        Assert.Equal(LegalReviewStatus.ChangesRequired, journey.Incident.LegalReviewStatus);
        Assert.Null(journey.Incident.LatestLegalReview!.LapsedAt);
        Assert.False(HasLapseEvent(journey.Incident));
    }

    [Fact]
    public void A_lapsed_approval_stays_lapsed_when_the_offer_changes_again()
    {
        var journey = Approved();
        var approval = journey.Incident.LatestLegalReview!;
        var option = journey.AddOfferedOption(PlaybookInputs.Option(1_500m, "Free training day"));
        var lapsedAt = journey.Clock;
        var requestedAt = journey.Incident.LegalReviewRequestedAt;

        journey.Incident.RemoveFromOffer(option.Id, Owner, journey.Next());

        Assert.Equal(lapsedAt, approval.LapsedAt);
        Assert.Equal(requestedAt, journey.Incident.LegalReviewRequestedAt);
        Assert.Single(journey.Incident.Timeline, e => e.Description.StartsWith("Legal's approval lapsed", StringComparison.Ordinal));
    }

    [Fact]
    public void A_new_approval_covers_the_changed_offer()
    {
        var journey = Approved();
        journey.AddOfferedOption(PlaybookInputs.Option(1_500m, "Free training day"));

        journey.ApproveAsLegal();

        var reviews = journey.Incident.LegalReviews;
        Assert.Equal(2, reviews.Count);
        Assert.NotNull(reviews[0].LapsedAt);
        Assert.Same(reviews[1], journey.Incident.LatestLegalReview);
        Assert.Null(reviews[1].LapsedAt);
        Assert.Equal($"{DiscountLine}\n{TrainingLine}", reviews[1].OfferReviewed);
        Assert.Equal(LegalReviewStatus.Approved, journey.Incident.LegalReviewStatus);
        Assert.False(journey.Incident.AwaitsLegalApproval);
    }

    [Fact]
    public void Asking_legal_again_after_changes_puts_the_incident_back_in_the_queue()
    {
        var journey = ContractLinkedAt(PlaybookStage.ResearchAlternatives).RequireChangesAsLegal();
        journey.AddOfferedOption(PlaybookInputs.Option(1_500m, "Free training day"));
        var at = journey.Next();

        journey.Incident.AskLegalAgain(Owner, at);

        Assert.Equal(LegalReviewStatus.Awaiting, journey.Incident.LegalReviewStatus);
        Assert.Equal(at, journey.Incident.LegalReviewRequestedAt);
        Assert.True(journey.Incident.AwaitsLegalApproval);
        LastEvent(journey.Incident, Owner, at, AskedAgainEvent);
    }

    [Theory]
    [InlineData("waiting for a first review", "The incident is already waiting for legal's review.")]
    [InlineData("waiting after a lapsed approval", "The incident is already waiting for legal's review.")]
    [InlineData("approved", "Legal has already approved the incident as it stands.")]
    [InlineData("not linked to a contract", NotContractLinked)]
    public void Legal_is_asked_again_only_after_asking_for_changes(string state, string message)
    {
        var journey = state switch
        {
            "waiting for a first review" => ContractLinkedAt(PlaybookStage.ResearchAlternatives),
            "waiting after a lapsed approval" => Approved(),
            "approved" => Approved(),
            "not linked to a contract" => Journey.At(PlaybookStage.ResearchAlternatives),
            _ => throw new ArgumentOutOfRangeException(nameof(state), state, "No such state in this test."),
        };
        if (state == "waiting after a lapsed approval")
        {
            journey.AddOfferedOption(PlaybookInputs.Option(1_500m, "Free training day"));
        }

        var status = journey.Incident.LegalReviewStatus;
        var requestedAt = journey.Incident.LegalReviewRequestedAt;

        RefusedWith(journey.Incident, message, () => journey.Incident.AskLegalAgain(Owner, journey.Next()));
        Assert.Equal(status, journey.Incident.LegalReviewStatus);
        Assert.Equal(requestedAt, journey.Incident.LegalReviewRequestedAt);
    }

    [Fact]
    public void A_finished_incident_cannot_ask_legal_again()
    {
        var journey = ContractLinkedAt(PlaybookStage.ResearchAlternatives).RequireChangesAsLegal().MarkNotApplicable();

        RefusedWith(journey.Incident, "This incident is marked as not applicable, so you cannot ask legal for a review any more.",
            () => journey.Incident.AskLegalAgain(Owner, journey.Next()));
    }

    [Fact]
    public void Every_review_is_kept_and_the_latest_one_counts()
    {
        var journey = ContractLinkedAt(PlaybookStage.ResearchAlternatives).RequireChangesAsLegal("No refund; clause 7 caps liability.");
        journey.AddOfferedOption();
        journey.Incident.AskLegalAgain(Owner, journey.Next());

        journey.ApproveAsLegal("Discount is fine.");

        Assert.Equal([LegalDecision.ChangesRequired, LegalDecision.Approved], journey.Incident.LegalReviews.Select(r => r.Decision));
        Assert.Equal(["No refund; clause 7 caps liability.", "Discount is fine."], journey.Incident.LegalReviews.Select(r => r.Notes));
        Assert.Equal(string.Empty, journey.Incident.LegalReviews[0].OfferReviewed);
        Assert.Same(journey.Incident.LegalReviews[1], journey.Incident.LatestLegalReview);
        Assert.Equal(LegalReviewStatus.Approved, journey.Incident.LegalReviewStatus);
    }

    [Fact]
    public void A_contract_linked_incident_walks_to_the_end_with_legals_approval()
    {
        var journey = ContractLinkedAt(PlaybookStage.Closed);

        Assert.Equal(Contract, journey.Incident.ContractReference);
        Assert.Equal(LegalReviewStatus.Approved, journey.Incident.LegalReviewStatus);
        Assert.NotNull(journey.Incident.Conversation);
    }

    /// <summary>A review as stored before snapshots were structured: one English sentence per option.</summary>
    private static IReadOnlyList<ReviewedOption> ReviewedOptionOf(string storedText)
    {
        var review = (LegalReview)Activator.CreateInstance(typeof(LegalReview), nonPublic: true)!;
        typeof(LegalReview).GetProperty(nameof(LegalReview.OfferReviewed))!.SetValue(review, storedText);
        return review.OfferLines();
    }
}
