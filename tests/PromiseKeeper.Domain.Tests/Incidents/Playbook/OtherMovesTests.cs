using PromiseKeeper.Domain.Incidents;
using static PromiseKeeper.Domain.Tests.Incidents.Playbook.PlaybookAssert;
using static PromiseKeeper.Domain.Tests.TestDetails;

namespace PromiseKeeper.Domain.Tests.Incidents.Playbook;

/// <summary>
/// Moves off the main path: back from the conversation to research after a countered or rejected offer,
/// moves the table does not allow, moves of a finished incident, and "not applicable" through MoveTo.
/// </summary>
public class OtherMovesTests
{
    private const string BackNeedsACounterOrRejection = "Going back to research alternatives is for an offer the client countered or rejected; record the conversation with their response first.";
    private const string Finished = "This incident is finished; it does not move to another stage.";

    [Theory]
    [InlineData(OfferResponse.Countered)]
    [InlineData(OfferResponse.Rejected)]
    public void Goes_back_to_research_after_the_client_countered_or_rejected(OfferResponse response)
    {
        var journey = Journey.At(PlaybookStage.Conversation)
            .RecordConversation(c => c with { OfferResponse = response, ResponseNote = "Ana wants six months of free support instead." });

        var at = journey.Next();
        journey.Incident.MoveTo(PlaybookStage.ResearchAlternatives, Owner, at);

        Assert.Equal(PlaybookStage.ResearchAlternatives, journey.Incident.Stage);
        LastEvent(journey.Incident, Owner, at, "Went back to research alternatives to revise the offer after the client's response.");
    }

    [Fact]
    public void Back_in_research_the_offer_can_be_revised()
    {
        var journey = Journey.At(PlaybookStage.Conversation)
            .RecordConversation(c => c with { OfferResponse = OfferResponse.Rejected, ResponseNote = "Too little." })
            .MoveTo(PlaybookStage.ResearchAlternatives);

        var bigger = journey.AddOfferedOption(PlaybookInputs.Option(25_000m, "Six months of free support"));

        Assert.Contains(journey.Incident.Offer, o => o.Id == bigger.Id);
        Assert.Equal(2, journey.Incident.Offer.Count());
    }

    [Fact]
    public void Does_not_go_back_to_research_after_the_client_accepted()
    {
        var journey = Journey.At(PlaybookStage.Conversation).RecordConversation();

        Assert.Equal([BackNeedsACounterOrRejection], journey.Incident.BlockersFor(PlaybookStage.ResearchAlternatives));
        RefusedWith(journey.Incident, BackNeedsACounterOrRejection,
            () => journey.Incident.MoveTo(PlaybookStage.ResearchAlternatives, Owner, journey.Next()));
    }

    [Fact]
    public void Does_not_go_back_to_research_before_the_conversation_is_recorded()
    {
        var journey = Journey.At(PlaybookStage.Conversation);

        RefusedWith(journey.Incident, BackNeedsACounterOrRejection,
            () => journey.Incident.MoveTo(PlaybookStage.ResearchAlternatives, Owner, journey.Next()));
    }

    [Theory]
    [InlineData(PlaybookStage.InvestigateOrigin, PlaybookStage.ScheduleCall, "Research alternatives")]
    [InlineData(PlaybookStage.InvestigateOrigin, PlaybookStage.Closed, "Research alternatives")]
    [InlineData(PlaybookStage.InvestigateOrigin, PlaybookStage.InvestigateOrigin, "Research alternatives")]
    [InlineData(PlaybookStage.ResearchAlternatives, PlaybookStage.Conversation, "Schedule the call")]
    [InlineData(PlaybookStage.ResearchAlternatives, PlaybookStage.InvestigateOrigin, "Schedule the call")]
    [InlineData(PlaybookStage.ScheduleCall, PlaybookStage.FollowUpRecap, "The conversation")]
    [InlineData(PlaybookStage.ScheduleCall, PlaybookStage.ResearchAlternatives, "The conversation")]
    [InlineData(PlaybookStage.Conversation, PlaybookStage.InternalRetro, "Follow-up recap")]
    [InlineData(PlaybookStage.FollowUpRecap, PlaybookStage.Closed, "Internal retro")]
    [InlineData(PlaybookStage.FollowUpRecap, PlaybookStage.Conversation, "Internal retro")]
    [InlineData(PlaybookStage.InternalRetro, PlaybookStage.FollowUpRecap, "Closed")]
    public void A_move_the_table_does_not_allow_is_refused_naming_the_next_stage(PlaybookStage from, PlaybookStage to, string next)
    {
        var journey = Journey.At(from);
        var expected = $"An incident at \"{StageNames.Of(from)}\" cannot go to \"{StageNames.Of(to)}\". It can move on to \"{next}\".";

        Assert.Equal([expected], journey.Incident.BlockersFor(to));
        RefusedWith(journey.Incident, expected, () => journey.Incident.MoveTo(to, Owner, journey.Next()));
    }

    [Fact]
    public void Skipping_a_stage_is_refused_even_when_its_work_is_done()
    {
        // Origin recorded, but the offer is not: moving straight to the call is still not in the table.
        var journey = Journey.Start().RecordOrigin();

        var error = Refused(journey.Incident, () => journey.Incident.MoveTo(PlaybookStage.ScheduleCall, Owner, journey.Next()));
        Assert.StartsWith("An incident at \"Investigate the origin\" cannot go to \"Schedule the call\".", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PlaybookStage.InvestigateOrigin)]
    [InlineData(PlaybookStage.ResearchAlternatives)]
    [InlineData(PlaybookStage.InternalRetro)]
    [InlineData(PlaybookStage.Closed)]
    public void A_closed_incident_does_not_move(PlaybookStage target)
    {
        var journey = Journey.At(PlaybookStage.Closed);

        Assert.Equal([Finished], journey.Incident.BlockersFor(target));
        RefusedWith(journey.Incident, Finished, () => journey.Incident.MoveTo(target, Owner, journey.Next()));
    }

    [Theory]
    [InlineData(PlaybookStage.InvestigateOrigin)]
    [InlineData(PlaybookStage.ResearchAlternatives)]
    [InlineData(PlaybookStage.Closed)]
    public void An_incident_marked_not_applicable_does_not_move(PlaybookStage target)
    {
        var journey = Journey.Start().MarkNotApplicable();

        RefusedWith(journey.Incident, Finished, () => journey.Incident.MoveTo(target, Owner, journey.Next()));
        Assert.Null(journey.Incident.NextStage);
    }

    [Theory]
    [InlineData(PlaybookStage.InvestigateOrigin)]
    [InlineData(PlaybookStage.Conversation)]
    [InlineData(PlaybookStage.InternalRetro)]
    public void Moving_to_not_applicable_is_refused_in_favour_of_marking_it_with_a_reason(PlaybookStage from)
    {
        var journey = Journey.At(from);

        RefusedWith(journey.Incident, "To stop the playbook, mark the incident as not applicable and give the reason.",
            () => journey.Incident.MoveTo(PlaybookStage.NotApplicable, Owner, journey.Next()));
        Assert.Null(journey.Incident.NotApplicableReason);
        Assert.Null(journey.Incident.FinishedAt);
    }

    [Fact]
    public void Not_applicable_is_never_blocked_while_the_incident_is_open()
    {
        var journey = Journey.Start();

        Assert.Empty(journey.Incident.BlockersFor(PlaybookStage.NotApplicable));
    }
}
