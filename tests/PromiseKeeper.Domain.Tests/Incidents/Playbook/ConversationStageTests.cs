using PromiseKeeper.Domain.Incidents;
using static PromiseKeeper.Domain.Tests.Incidents.Playbook.PlaybookAssert;
using static PromiseKeeper.Domain.Tests.TestDetails;

namespace PromiseKeeper.Domain.Tests.Incidents.Playbook;

/// <summary>Stage 4 on the incident: recording the conversation, the client's own damage estimate and their response.</summary>
public class ConversationStageTests
{
    [Theory]
    [InlineData(PlaybookStage.ScheduleCall, "Schedule the call")]
    [InlineData(PlaybookStage.FollowUpRecap, "Follow-up recap")]
    public void The_conversation_can_only_be_recorded_at_its_stage(PlaybookStage stage, string stageName)
    {
        var journey = Journey.At(stage);
        var now = journey.Next();

        RefusedWith(journey.Incident,
            $"You can record the conversation at the \"The conversation\" stage; this incident is at \"{stageName}\".",
            () => journey.Incident.RecordConversation(PlaybookInputs.Conversation(now), Owner, now));
    }

    [Fact]
    public void The_conversation_is_kept_as_recorded()
    {
        var journey = Journey.At(PlaybookStage.Conversation);
        var now = journey.Next();
        var heldAt = new DateTimeOffset(2025, 6, 15, 14, 0, 0, TimeSpan.FromHours(2));

        journey.Incident.RecordConversation(
            PlaybookInputs.Conversation(heldAt) with
            {
                Notes = "  Ana vented, then asked for a refund instead. ",
                ClientSharedFeelings = true,
                Acknowledgement = Acknowledgement.Apology,
                OfferResponse = OfferResponse.Countered,
                ResponseNote = "  A refund of the module fee. ",
            },
            Owner,
            now);

        var conversation = journey.Incident.Conversation!;
        Assert.Equal(heldAt, conversation.HeldAt);
        Assert.Equal(TimeSpan.Zero, conversation.HeldAt.Offset);
        Assert.Equal("Ana vented, then asked for a refund instead.", conversation.Notes);
        Assert.True(conversation.ClientSharedFeelings);
        Assert.Equal(Acknowledgement.Apology, conversation.Acknowledgement);
        Assert.Equal(OfferResponse.Countered, conversation.OfferResponse);
        Assert.Equal("A refund of the module fee.", conversation.ResponseNote);
        LastEvent(journey.Incident, Owner, now, "Recorded the conversation: the client made a counter-proposal.");
    }

    [Theory]
    [InlineData(OfferResponse.Accepted, "Recorded the conversation: the client accepted the offer.")]
    [InlineData(OfferResponse.Countered, "Recorded the conversation: the client made a counter-proposal.")]
    [InlineData(OfferResponse.Rejected, "Recorded the conversation: the client rejected the offer.")]
    public void The_timeline_says_how_the_client_responded(OfferResponse response, string description)
    {
        var journey = Journey.At(PlaybookStage.Conversation)
            .RecordConversation(c => c with { OfferResponse = response, ResponseNote = "Wants more." });

        LastEvent(journey.Incident, Owner, journey.Clock, description);
    }

    [Fact]
    public void Recording_again_corrects_the_same_record()
    {
        var journey = Journey.At(PlaybookStage.Conversation).RecordConversation();
        var record = journey.Incident.Conversation;

        journey.RecordConversation(c => c with { OfferResponse = OfferResponse.Rejected, ResponseNote = "Too little, too late." });

        Assert.Same(record, journey.Incident.Conversation);
        Assert.Equal(OfferResponse.Rejected, record!.OfferResponse);
    }

    [Fact]
    public void An_empty_record_is_refused_with_every_missing_field()
    {
        var journey = Journey.At(PlaybookStage.Conversation);

        RefusedFor(journey.Incident, () => journey.Incident.RecordConversation(new ConversationDetails(), Owner, journey.Next()),
            nameof(ConversationDetails.HeldAt), nameof(ConversationDetails.Notes), nameof(ConversationDetails.Agreed), nameof(ConversationDetails.ClientSharedFeelings),
            nameof(ConversationDetails.Acknowledgement), nameof(ConversationDetails.OfferResponse));
        Assert.Null(journey.Incident.Conversation);
    }

    [Theory]
    [InlineData(OfferResponse.Countered)]
    [InlineData(OfferResponse.Rejected)]
    public void A_countered_or_rejected_offer_needs_a_note(OfferResponse response)
    {
        var journey = Journey.At(PlaybookStage.Conversation);
        var now = journey.Next();

        RefusedFor(journey.Incident,
            () => journey.Incident.RecordConversation(PlaybookInputs.Conversation(now) with { OfferResponse = response, ResponseNote = "  " }, Owner, now),
            nameof(ConversationDetails.ResponseNote));
    }

    [Fact]
    public void An_accepted_offer_needs_no_note()
    {
        var journey = Journey.At(PlaybookStage.Conversation).RecordConversation(c => c with { ResponseNote = null });

        Assert.Null(journey.Incident.Conversation!.ResponseNote);
    }

    [Fact]
    public void A_conversation_in_the_future_is_refused()
    {
        var journey = Journey.At(PlaybookStage.Conversation);
        var now = journey.Next();

        RefusedFor(journey.Incident,
            () => journey.Incident.RecordConversation(PlaybookInputs.Conversation(now.AddMinutes(6)), Owner, now),
            nameof(ConversationDetails.HeldAt));
    }

    [Fact]
    public void A_conversation_a_few_minutes_ahead_counts_as_now()
    {
        var journey = Journey.At(PlaybookStage.Conversation);
        var now = journey.Next();

        journey.Incident.RecordConversation(PlaybookInputs.Conversation(now.AddMinutes(5)), Owner, now);

        Assert.Equal(now.AddMinutes(5), journey.Incident.Conversation!.HeldAt);
    }

    [Fact]
    public void A_conversation_before_the_discovery_is_refused()
    {
        var journey = Journey.At(PlaybookStage.Conversation);
        var now = journey.Next();

        RefusedFor(journey.Incident,
            () => journey.Incident.RecordConversation(PlaybookInputs.Conversation(journey.Incident.DiscoveredAt.AddMinutes(-1)), Owner, now),
            nameof(ConversationDetails.HeldAt));
    }

    [Fact]
    public void The_clients_damage_must_be_in_the_currency_of_our_estimate()
    {
        var journey = Journey.At(PlaybookStage.Conversation);
        var now = journey.Next();

        RefusedFor(journey.Incident,
            () => journey.Incident.RecordConversation(PlaybookInputs.Conversation(now) with { ClientDamageAmount = 40_000m, ClientDamageCurrency = "USD" }, Owner, now),
            nameof(ConversationDetails.ClientDamageCurrency));
        Assert.Equal(new Money(30_000m, "EUR"), journey.Incident.ClientClaimedLoss);
    }

    [Fact]
    public void The_clients_damage_needs_a_currency()
    {
        var journey = Journey.At(PlaybookStage.Conversation);
        var now = journey.Next();

        RefusedFor(journey.Incident,
            () => journey.Incident.RecordConversation(PlaybookInputs.Conversation(now) with { ClientDamageAmount = 40_000m }, Owner, now),
            nameof(ConversationDetails.ClientDamageCurrency));
    }

    [Fact]
    public void Without_our_estimate_the_clients_damage_may_be_in_any_currency()
    {
        var journey = Journey.Start(Valid() with { OurLossAmount = null, OurLossCurrency = null }).WalkTo(PlaybookStage.Conversation);

        journey.RecordConversation(c => c with { ClientDamageAmount = 45_000m, ClientDamageCurrency = "usd" });

        Assert.Equal(new Money(45_000m, "USD"), journey.Incident.ClientClaimedLoss);
    }

    [Fact]
    public void The_clients_damage_replaces_the_claim_on_record_and_the_largest_loss()
    {
        var journey = Journey.At(PlaybookStage.Conversation);
        var before = journey.Incident.Timeline.Count;

        journey.RecordConversation(c => c with { ClientDamageAmount = 50_000m, ClientDamageCurrency = "EUR" });

        Assert.Equal(new Money(50_000m, "EUR"), journey.Incident.ClientClaimedLoss);
        Assert.Equal(new Money(50_000m, "EUR"), journey.Incident.LargestKnownLoss);
        Assert.Equal(before + 2, journey.Incident.Timeline.Count);
        Assert.Equal("Recorded the client's own estimate of the damage: 50,000.00 EUR.", journey.Incident.Timeline[^2].Description);
    }

    [Fact]
    public void A_smaller_client_estimate_leaves_our_estimate_as_the_largest_loss()
    {
        var journey = Journey.At(PlaybookStage.Conversation);

        journey.RecordConversation(c => c with { ClientDamageAmount = 8_000m, ClientDamageCurrency = "EUR" });

        Assert.Equal(new Money(8_000m, "EUR"), journey.Incident.ClientClaimedLoss);
        Assert.Equal(new Money(12_000.50m, "EUR"), journey.Incident.LargestKnownLoss);
    }

    [Fact]
    public void The_offer_is_assessed_against_the_clients_new_estimate()
    {
        var journey = Journey.At(PlaybookStage.Conversation);
        Assert.Equal(ProportionalityVerdict.Proportionate, journey.Incident.AssessOffer().Verdict);

        journey.RecordConversation(c => c with { ClientDamageAmount = 80_000m, ClientDamageCurrency = "EUR" });

        Assert.Equal(ProportionalityVerdict.FarTooSmall, journey.Incident.AssessOffer().Verdict);
    }

    [Fact]
    public void The_same_damage_as_the_claim_adds_no_damage_event()
    {
        var journey = Journey.At(PlaybookStage.Conversation);
        var before = journey.Incident.Timeline.Count;

        journey.RecordConversation(c => c with { ClientDamageAmount = 30_000m, ClientDamageCurrency = "EUR" });

        Assert.Equal(before + 1, journey.Incident.Timeline.Count);
    }

    [Fact]
    public void Without_a_damage_figure_the_claim_on_record_stays()
    {
        var journey = Journey.At(PlaybookStage.Conversation).RecordConversation();

        Assert.Equal(new Money(30_000m, "EUR"), journey.Incident.ClientClaimedLoss);
    }

    [Fact]
    public void The_conversation_is_when_the_client_was_told_if_nobody_told_them_before()
    {
        var journey = Journey.Start(Valid() with { DiscoveredAt = Now.AddHours(-3), ClientToldAt = null, FirstDisclosure = null })
            .WalkTo(PlaybookStage.Conversation);
        var now = journey.Next();
        var heldAt = now.AddMinutes(-40);

        journey.Incident.RecordConversation(PlaybookInputs.Conversation(heldAt), Owner, now);

        Assert.Equal(heldAt, journey.Incident.ClientToldAt);
        Assert.Equal(FirstDisclosure.WeToldTheClient, journey.Incident.FirstDisclosure);
    }

    [Fact]
    public void The_conversation_keeps_an_earlier_time_the_client_was_told()
    {
        var journey = Journey.Start(Valid() with { ClientToldAt = Now.AddHours(-30), FirstDisclosure = FirstDisclosure.ClientToldUs })
            .WalkTo(PlaybookStage.Conversation)
            .RecordConversation();

        Assert.Equal(Now.AddHours(-30), journey.Incident.ClientToldAt);
        Assert.Equal(FirstDisclosure.ClientToldUs, journey.Incident.FirstDisclosure);
    }
}
