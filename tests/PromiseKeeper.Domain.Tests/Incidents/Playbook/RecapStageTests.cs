using PromiseKeeper.Domain.Incidents;
using static PromiseKeeper.Domain.Tests.Incidents.Playbook.PlaybookAssert;
using static PromiseKeeper.Domain.Tests.TestDetails;

namespace PromiseKeeper.Domain.Tests.Incidents.Playbook;

/// <summary>Stage 5 on the incident: the recap (draft, then sent) and the check-ins while the fix is under way.</summary>
public class RecapStageTests
{
    [Theory]
    [InlineData(PlaybookStage.Conversation, "The conversation")]
    [InlineData(PlaybookStage.InternalRetro, "Internal retro")]
    public void The_recap_can_only_be_written_at_its_stage(PlaybookStage stage, string stageName)
    {
        var journey = Journey.At(stage);

        RefusedWith(journey.Incident,
            $"You can write the recap at the \"Follow-up recap\" stage; this incident is at \"{stageName}\".",
            () => journey.Incident.SaveRecap(PlaybookInputs.RecapText, true, Owner, journey.Next()));
    }

    [Fact]
    public void A_draft_is_kept_but_not_sent()
    {
        var journey = Journey.At(PlaybookStage.FollowUpRecap);
        var at = journey.Next();

        journey.Incident.SaveRecap("  " + PlaybookInputs.RecapText + "\n", false, Owner, at);

        var recap = journey.Incident.Recap!;
        Assert.Equal(PlaybookInputs.RecapText, recap.Text);
        Assert.False(recap.IsSent);
        Assert.Null(recap.SentAt);
        Assert.Null(recap.SentByName);
        LastEvent(journey.Incident, Owner, at, "Saved a draft of the recap.");
    }

    [Fact]
    public void Sending_records_when_and_by_whom()
    {
        var journey = Journey.At(PlaybookStage.FollowUpRecap).SaveRecap("First draft.", send: false);
        var at = journey.Next();

        journey.Incident.SaveRecap(PlaybookInputs.RecapText, true, Journey.Lead, at);

        var recap = journey.Incident.Recap!;
        Assert.Equal(PlaybookInputs.RecapText, recap.Text);
        Assert.True(recap.IsSent);
        Assert.Equal(at, recap.SentAt);
        Assert.Equal(Journey.Lead.DisplayName, recap.SentByName);
        LastEvent(journey.Incident, Journey.Lead, at, "Sent the recap to the client.");
    }

    [Fact]
    public void Drafts_can_be_saved_again_before_sending()
    {
        var journey = Journey.At(PlaybookStage.FollowUpRecap).SaveRecap("First draft.", send: false);

        journey.SaveRecap("Second draft.", send: false);

        Assert.Equal("Second draft.", journey.Incident.Recap!.Text);
        Assert.False(journey.Incident.Recap.IsSent);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_sent_recap_cannot_be_saved_again(bool send)
    {
        var journey = Journey.At(PlaybookStage.FollowUpRecap).SaveRecap(send: true);

        RefusedWith(journey.Incident,
            "The recap has already been sent. Write any correction to the client as a new message, and note it as a check-in.",
            () => journey.Incident.SaveRecap("A correction.", send, Owner, journey.Next()));
        Assert.Equal(PlaybookInputs.RecapText, journey.Incident.Recap!.Text);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void The_recap_needs_a_text(string? text)
    {
        var journey = Journey.At(PlaybookStage.FollowUpRecap);

        RefusedFor(journey.Incident, () => journey.Incident.SaveRecap(text, true, Owner, journey.Next()), "Text");
        Assert.Null(journey.Incident.Recap);
    }

    [Fact]
    public void A_recap_over_the_limit_is_refused()
    {
        var journey = Journey.At(PlaybookStage.FollowUpRecap);

        RefusedFor(journey.Incident,
            () => journey.Incident.SaveRecap(new string('x', Incident.RecapMaxLength + 1), false, Owner, journey.Next()),
            "Text");
    }

    [Theory]
    [InlineData(PlaybookStage.FollowUpRecap)]
    [InlineData(PlaybookStage.InternalRetro)]
    public void Check_ins_can_be_planned_after_the_conversation(PlaybookStage stage)
    {
        var journey = Journey.At(stage);
        var at = journey.Next();
        var on = DateOnly.FromDateTime(at.UtcDateTime).AddDays(7);

        var checkIn = journey.Incident.PlanCheckIn(on, "  Progress on the fix ", Owner, at);

        Assert.Same(checkIn, Assert.Single(journey.Incident.CheckIns));
        Assert.NotEqual(Guid.Empty, checkIn.Id);
        Assert.Equal(on, checkIn.PlannedOn);
        Assert.Equal("Progress on the fix", checkIn.Topic);
        Assert.False(checkIn.IsDone);
        LastEvent(journey.Incident, Owner, at, $"Planned a check-in with the client on {on:yyyy-MM-dd}: Progress on the fix.");
    }

    [Theory]
    [InlineData(PlaybookStage.ScheduleCall, "Schedule the call")]
    [InlineData(PlaybookStage.Conversation, "The conversation")]
    public void Check_ins_cannot_be_planned_before_the_recap_stage(PlaybookStage stage, string stageName)
    {
        var journey = Journey.At(stage);
        var at = journey.Next();

        RefusedWith(journey.Incident,
            $"You can plan a check-in with the client at the \"Follow-up recap\" or \"Internal retro\" stage; this incident is at \"{stageName}\".",
            () => journey.Incident.PlanCheckIn(DateOnly.FromDateTime(at.UtcDateTime).AddDays(3), "Progress", Owner, at));
    }

    [Fact]
    public void Check_ins_cannot_be_planned_on_a_closed_incident()
    {
        var journey = Journey.At(PlaybookStage.Closed);
        var at = journey.Next();

        RefusedWith(journey.Incident,
            "This incident is closed, so you cannot plan a check-in with the client any more.",
            () => journey.Incident.PlanCheckIn(DateOnly.FromDateTime(at.UtcDateTime).AddDays(3), "Progress", Owner, at));
    }

    [Fact]
    public void A_check_in_more_than_a_year_away_is_refused()
    {
        var journey = Journey.At(PlaybookStage.FollowUpRecap);
        var at = journey.Next();

        RefusedFor(journey.Incident, () => journey.Incident.PlanCheckIn(DateOnly.MaxValue, "Progress", Owner, at), "PlannedOn");
        RefusedFor(journey.Incident, () => journey.Incident.PlanCheckIn(DateOnly.FromDateTime(at.UtcDateTime).AddYears(1).AddDays(1), "Progress", Owner, at), "PlannedOn");
    }

    [Fact]
    public void A_check_in_in_the_past_is_refused()
    {
        var journey = Journey.At(PlaybookStage.FollowUpRecap);
        var at = journey.Next();

        RefusedFor(journey.Incident,
            () => journey.Incident.PlanCheckIn(DateOnly.FromDateTime(at.UtcDateTime).AddDays(-2), "Progress", Owner, at),
            "PlannedOn");
    }

    [Fact]
    public void A_check_in_yesterday_is_accepted_for_time_zones_behind_utc()
    {
        var journey = Journey.At(PlaybookStage.FollowUpRecap);

        var checkIn = journey.PlanCheckIn(daysAhead: -1);

        Assert.Equal(DateOnly.FromDateTime(journey.Clock.UtcDateTime).AddDays(-1), checkIn.PlannedOn);
    }

    [Fact]
    public void A_check_in_needs_a_date_and_a_topic()
    {
        var journey = Journey.At(PlaybookStage.FollowUpRecap);

        RefusedFor(journey.Incident, () => journey.Incident.PlanCheckIn(null, " ", Owner, journey.Next()), "PlannedOn", "Topic");
        Assert.Empty(journey.Incident.CheckIns);
    }

    [Fact]
    public void A_check_in_topic_over_the_limit_is_refused()
    {
        var journey = Journey.At(PlaybookStage.FollowUpRecap);
        var at = journey.Next();

        RefusedFor(journey.Incident,
            () => journey.Incident.PlanCheckIn(DateOnly.FromDateTime(at.UtcDateTime), new string('x', CheckIn.TopicMaxLength + 1), Owner, at),
            "Topic");
    }

    [Fact]
    public void Marking_a_check_in_done_records_when()
    {
        var journey = Journey.At(PlaybookStage.FollowUpRecap);
        var checkIn = journey.PlanCheckIn(daysAhead: 0, topic: "New date confirmed");
        var at = journey.Next();

        journey.Incident.SetCheckInDone(checkIn.Id, true, Owner, at);

        Assert.True(checkIn.IsDone);
        Assert.Equal(at, checkIn.DoneAt);
        LastEvent(journey.Incident, Owner, at, $"Checked in with the client as planned for {checkIn.PlannedOn:yyyy-MM-dd}: New date confirmed.");
    }

    [Fact]
    public void A_done_check_in_can_be_marked_not_done_again()
    {
        var journey = Journey.At(PlaybookStage.FollowUpRecap);
        var checkIn = journey.PlanCheckIn();
        journey.Incident.SetCheckInDone(checkIn.Id, true, Owner, journey.Next());
        var at = journey.Next();

        journey.Incident.SetCheckInDone(checkIn.Id, false, Owner, at);

        Assert.False(checkIn.IsDone);
        Assert.Null(checkIn.DoneAt);
        LastEvent(journey.Incident, Owner, at, $"Marked the check-in of {checkIn.PlannedOn:yyyy-MM-dd} as not done.");
    }

    [Fact]
    public void Marking_a_check_in_as_it_already_is_changes_nothing()
    {
        var journey = Journey.At(PlaybookStage.FollowUpRecap);
        var checkIn = journey.PlanCheckIn();
        journey.Incident.SetCheckInDone(checkIn.Id, true, Owner, journey.Next());
        var doneAt = checkIn.DoneAt;
        var events = journey.Incident.Timeline.Count;

        journey.Incident.SetCheckInDone(checkIn.Id, true, Owner, journey.Next());

        Assert.Equal(doneAt, checkIn.DoneAt);
        Assert.Equal(events, journey.Incident.Timeline.Count);
    }

    [Fact]
    public void Check_ins_can_be_ticked_off_during_the_retro()
    {
        var journey = Journey.At(PlaybookStage.FollowUpRecap);
        var checkIn = journey.PlanCheckIn();
        journey.SaveRecap().MoveTo(PlaybookStage.InternalRetro);

        journey.Incident.SetCheckInDone(checkIn.Id, true, Owner, journey.Next());

        Assert.True(checkIn.IsDone);
    }

    [Fact]
    public void An_unknown_check_in_cannot_be_updated()
    {
        var journey = Journey.At(PlaybookStage.FollowUpRecap);
        journey.PlanCheckIn();

        RefusedWith(journey.Incident,
            "That check-in is not part of this incident; reload the page to see the current ones.",
            () => journey.Incident.SetCheckInDone(Guid.NewGuid(), true, Owner, journey.Next()));
    }
}
