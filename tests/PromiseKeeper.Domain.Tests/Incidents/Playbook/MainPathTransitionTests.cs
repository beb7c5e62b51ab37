using PromiseKeeper.Domain.Incidents;
using static PromiseKeeper.Domain.Tests.Incidents.Playbook.PlaybookAssert;
using static PromiseKeeper.Domain.Tests.TestDetails;

namespace PromiseKeeper.Domain.Tests.Incidents.Playbook;

/// <summary><see cref="Incident.MoveTo"/> along the main path: each guard on (blocked, with what to do) and off (moves and records it).</summary>
public class MainPathTransitionTests
{
    private const string RecordOriginFirst = "Record how the promise came about (who made it, when, and what the client was after) first.";
    private const string OfferSomethingFirst = "Put at least one confirmed option into the offer; never go into the conversation without something to offer.";
    private const string SendTheRequestFirst = "Send the email that asks for the call (or the written message, if a call is impossible) and mark it as sent.";
    private const string RecordConversationFirst = "Record the conversation: what was said, the apology or regret, and how the client responded to the offer.";
    private const string SendRecapFirst = "Send the recap to the client and mark it as sent.";
    private const string SubmitRetroFirst = "Submit the internal retro with its prevention measures.";

    [Fact]
    public void Research_is_blocked_until_the_origin_is_recorded()
    {
        var journey = Journey.Start();

        Assert.Equal([RecordOriginFirst], journey.Incident.BlockersFor(PlaybookStage.ResearchAlternatives));
        RefusedWith(journey.Incident, RecordOriginFirst,
            () => journey.Incident.MoveTo(PlaybookStage.ResearchAlternatives, Owner, journey.Next()));
    }

    [Fact]
    public void Evidence_alone_does_not_count_as_a_recorded_origin()
    {
        var journey = Journey.Start();
        journey.Incident.AddPastedEvidence("Email from Peter", "End of May, guaranteed.", Owner, journey.Next());

        Assert.Equal([RecordOriginFirst], journey.Incident.BlockersFor(PlaybookStage.ResearchAlternatives));
    }

    [Fact]
    public void Research_follows_once_the_origin_is_recorded()
    {
        var journey = Journey.Start().RecordOrigin();
        Assert.Empty(journey.Incident.BlockersFor(PlaybookStage.ResearchAlternatives));

        var at = journey.Next();
        journey.Incident.MoveTo(PlaybookStage.ResearchAlternatives, Journey.Lead, at);

        Assert.Equal(PlaybookStage.ResearchAlternatives, journey.Incident.Stage);
        LastEvent(journey.Incident, Journey.Lead, at, "Moved from \"Investigate the origin\" to \"Research alternatives\".");
    }

    [Fact]
    public void Schedule_call_is_blocked_without_any_option()
    {
        var journey = Journey.At(PlaybookStage.ResearchAlternatives);

        RefusedWith(journey.Incident, OfferSomethingFirst,
            () => journey.Incident.MoveTo(PlaybookStage.ScheduleCall, Owner, journey.Next()));
    }

    [Fact]
    public void Schedule_call_is_blocked_while_the_options_are_not_in_the_offer()
    {
        var journey = Journey.At(PlaybookStage.ResearchAlternatives);
        journey.AddOption();
        journey.AddOption(PlaybookInputs.Option() with { ConfirmedBy = null });

        RefusedWith(journey.Incident, OfferSomethingFirst,
            () => journey.Incident.MoveTo(PlaybookStage.ScheduleCall, Owner, journey.Next()));
    }

    [Fact]
    public void Schedule_call_is_blocked_again_when_the_only_option_is_taken_out_of_the_offer()
    {
        var journey = Journey.At(PlaybookStage.ResearchAlternatives);
        var option = journey.AddOfferedOption();
        journey.Incident.RemoveFromOffer(option.Id, Owner, journey.Next());

        Assert.Equal([OfferSomethingFirst], journey.Incident.BlockersFor(PlaybookStage.ScheduleCall));
    }

    [Fact]
    public void Schedule_call_follows_once_an_option_is_offered()
    {
        var journey = Journey.At(PlaybookStage.ResearchAlternatives);
        journey.AddOfferedOption();

        var at = journey.Next();
        journey.Incident.MoveTo(PlaybookStage.ScheduleCall, Owner, at);

        Assert.Equal(PlaybookStage.ScheduleCall, journey.Incident.Stage);
        LastEvent(journey.Incident, Owner, at, "Moved from \"Research alternatives\" to \"Schedule the call\".");
    }

    [Fact]
    public void Conversation_is_blocked_before_anything_is_planned()
    {
        var journey = Journey.At(PlaybookStage.ScheduleCall);

        RefusedWith(journey.Incident, SendTheRequestFirst,
            () => journey.Incident.MoveTo(PlaybookStage.Conversation, Owner, journey.Next()));
    }

    [Fact]
    public void Conversation_is_blocked_while_the_call_request_is_not_sent()
    {
        var journey = Journey.At(PlaybookStage.ScheduleCall).ScheduleCall(requestSent: false);

        RefusedWith(journey.Incident, SendTheRequestFirst,
            () => journey.Incident.MoveTo(PlaybookStage.Conversation, Owner, journey.Next()));
    }

    [Fact]
    public void Conversation_is_blocked_while_the_written_message_is_only_a_draft()
    {
        var journey = Journey.At(PlaybookStage.ScheduleCall).WriteInstead(sent: false);

        RefusedWith(journey.Incident, SendTheRequestFirst,
            () => journey.Incident.MoveTo(PlaybookStage.Conversation, Owner, journey.Next()));
    }

    [Fact]
    public void Conversation_follows_once_the_call_request_is_sent()
    {
        var journey = Journey.At(PlaybookStage.ScheduleCall).ScheduleCall(requestSent: true);

        var at = journey.Next();
        journey.Incident.MoveTo(PlaybookStage.Conversation, Owner, at);

        Assert.Equal(PlaybookStage.Conversation, journey.Incident.Stage);
        LastEvent(journey.Incident, Owner, at, "Moved from \"Schedule the call\" to \"The conversation\".");
    }

    [Fact]
    public void Conversation_follows_once_the_written_message_is_sent_instead_of_a_call()
    {
        var journey = Journey.At(PlaybookStage.ScheduleCall).WriteInstead(sent: true);

        journey.MoveTo(PlaybookStage.Conversation);

        Assert.Equal(PlaybookStage.Conversation, journey.Incident.Stage);
    }

    [Fact]
    public void Recap_is_blocked_until_the_conversation_is_recorded()
    {
        var journey = Journey.At(PlaybookStage.Conversation);

        RefusedWith(journey.Incident, RecordConversationFirst,
            () => journey.Incident.MoveTo(PlaybookStage.FollowUpRecap, Owner, journey.Next()));
    }

    [Theory]
    [InlineData(OfferResponse.Accepted)]
    [InlineData(OfferResponse.Countered)]
    [InlineData(OfferResponse.Rejected)]
    public void Recap_follows_once_the_conversation_is_recorded_whatever_the_response(OfferResponse response)
    {
        var journey = Journey.At(PlaybookStage.Conversation)
            .RecordConversation(c => c with { OfferResponse = response, ResponseNote = "They want a full refund." });

        var at = journey.Next();
        journey.Incident.MoveTo(PlaybookStage.FollowUpRecap, Owner, at);

        Assert.Equal(PlaybookStage.FollowUpRecap, journey.Incident.Stage);
        LastEvent(journey.Incident, Owner, at, "Moved from \"The conversation\" to \"Follow-up recap\".");
    }

    [Fact]
    public void Retro_is_blocked_before_a_recap_is_written()
    {
        var journey = Journey.At(PlaybookStage.FollowUpRecap);

        RefusedWith(journey.Incident, SendRecapFirst,
            () => journey.Incident.MoveTo(PlaybookStage.InternalRetro, Owner, journey.Next()));
    }

    [Fact]
    public void Retro_is_blocked_while_the_recap_is_a_draft()
    {
        var journey = Journey.At(PlaybookStage.FollowUpRecap).SaveRecap(send: false);

        RefusedWith(journey.Incident, SendRecapFirst,
            () => journey.Incident.MoveTo(PlaybookStage.InternalRetro, Owner, journey.Next()));
    }

    [Fact]
    public void Retro_follows_once_the_recap_is_sent()
    {
        var journey = Journey.At(PlaybookStage.FollowUpRecap).SaveRecap(send: false).SaveRecap(send: true);

        var at = journey.Next();
        journey.Incident.MoveTo(PlaybookStage.InternalRetro, Owner, at);

        Assert.Equal(PlaybookStage.InternalRetro, journey.Incident.Stage);
        LastEvent(journey.Incident, Owner, at, "Moved from \"Follow-up recap\" to \"Internal retro\".");
    }

    [Fact]
    public void Close_is_blocked_before_the_retro_is_written()
    {
        var journey = Journey.At(PlaybookStage.InternalRetro);

        RefusedWith(journey.Incident, SubmitRetroFirst,
            () => journey.Incident.MoveTo(PlaybookStage.Closed, Owner, journey.Next()));
    }

    [Fact]
    public void Close_is_blocked_while_the_retro_is_saved_but_not_submitted()
    {
        var journey = Journey.At(PlaybookStage.InternalRetro).SaveRetro();
        journey.AddMeasure();

        Assert.Equal([SubmitRetroFirst], journey.Incident.BlockersFor(PlaybookStage.Closed));
        RefusedWith(journey.Incident, SubmitRetroFirst,
            () => journey.Incident.MoveTo(PlaybookStage.Closed, Owner, journey.Next()));
        Assert.Null(journey.Incident.FinishedAt);
    }

    [Fact]
    public void Close_follows_once_the_recap_is_sent_and_the_retro_approved()
    {
        var journey = Journey.At(PlaybookStage.InternalRetro).SaveRetro();
        journey.AddMeasure();
        journey.SubmitRetro().ApproveRetro();
        Assert.Empty(journey.Incident.BlockersFor(PlaybookStage.Closed));

        var at = journey.Next();
        journey.Incident.MoveTo(PlaybookStage.Closed, Journey.Lead, at);

        Assert.Equal(PlaybookStage.Closed, journey.Incident.Stage);
        Assert.False(journey.Incident.IsOpen);
        Assert.Equal(at, journey.Incident.FinishedAt);
        Assert.Null(journey.Incident.NextStage);
        LastEvent(journey.Incident, Journey.Lead, at, "Closed the incident: the recap was sent and the retro approved.");
    }

    [Fact]
    public void A_whole_walk_records_the_stages_in_order()
    {
        var journey = Journey.At(PlaybookStage.Closed);

        var moves = journey.Incident.Timeline.Select(e => e.Description).Where(d => d.StartsWith("Moved from", StringComparison.Ordinal));
        Assert.Equal(
            [
                "Moved from \"Investigate the origin\" to \"Research alternatives\".",
                "Moved from \"Research alternatives\" to \"Schedule the call\".",
                "Moved from \"Schedule the call\" to \"The conversation\".",
                "Moved from \"The conversation\" to \"Follow-up recap\".",
                "Moved from \"Follow-up recap\" to \"Internal retro\".",
            ],
            moves);
        Assert.Equal(journey.Incident.Timeline.OrderBy(e => e.OccurredAt).Select(e => e.Description), journey.Incident.Timeline.Select(e => e.Description));
    }

    [Theory]
    [InlineData(PlaybookStage.InvestigateOrigin, PlaybookStage.ResearchAlternatives)]
    [InlineData(PlaybookStage.ResearchAlternatives, PlaybookStage.ScheduleCall)]
    [InlineData(PlaybookStage.ScheduleCall, PlaybookStage.Conversation)]
    [InlineData(PlaybookStage.Conversation, PlaybookStage.FollowUpRecap)]
    [InlineData(PlaybookStage.FollowUpRecap, PlaybookStage.InternalRetro)]
    [InlineData(PlaybookStage.InternalRetro, PlaybookStage.Closed)]
    public void The_next_stage_is_the_following_one_on_the_main_path(PlaybookStage stage, PlaybookStage next)
    {
        var journey = Journey.At(stage);

        Assert.Equal(next, journey.Incident.NextStage);
    }
}
