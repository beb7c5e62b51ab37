using PromiseKeeper.Domain.Incidents;
using static PromiseKeeper.Domain.Tests.Incidents.Playbook.PlaybookAssert;

namespace PromiseKeeper.Domain.Tests.Incidents.Playbook;

/// <summary>After the client counters or rejects, the offer is revised and needs a conversation of its own.</summary>
public class RevisedOfferTests
{
    [Fact]
    public void After_revising_the_offer_the_recap_waits_for_a_conversation_about_the_new_offer()
    {
        var journey = Journey.At(PlaybookStage.Conversation)
            .RecordConversation(d => d with { OfferResponse = OfferResponse.Rejected, ResponseNote = "They need the feature, not a discount." })
            .MoveTo(PlaybookStage.ResearchAlternatives);
        journey.AddOfferedOption(PlaybookInputs.Option(20_000m, "Build the export in the next sprint"));
        journey.MoveTo(PlaybookStage.ScheduleCall).MoveTo(PlaybookStage.Conversation);

        Assert.NotNull(journey.Incident.OfferRevisedAt);
        Assert.False(journey.Incident.HasConversationAboutCurrentOffer);
        RefusedWith(
            journey.Incident,
            "The offer was revised after the last conversation: record the conversation about the new offer.",
            () => journey.Incident.MoveTo(PlaybookStage.FollowUpRecap, TestDetails.Owner, journey.Next()));

        journey.RecordConversation().MoveTo(PlaybookStage.FollowUpRecap);

        Assert.True(journey.Incident.HasConversationAboutCurrentOffer);
        Assert.Equal(PlaybookStage.FollowUpRecap, journey.Incident.Stage);
    }

    [Fact]
    public void The_origin_cannot_date_the_promise_after_it_was_found_broken()
    {
        var journey = Journey.Start();
        var afterDiscovery = DateOnly.FromDateTime(journey.Incident.DiscoveredAt.UtcDateTime).AddDays(2);

        RefusedFor(
            journey.Incident,
            () => journey.Incident.RecordOrigin(PlaybookInputs.Origin() with { PromisedOn = afterDiscovery }, TestDetails.Owner, TestDetails.Now.AddDays(5)),
            nameof(OriginDetails.PromisedOn));
    }
}
