using PromiseKeeper.Domain.Incidents;
using static PromiseKeeper.Domain.Tests.Incidents.Playbook.PlaybookAssert;
using static PromiseKeeper.Domain.Tests.TestDetails;

namespace PromiseKeeper.Domain.Tests.Incidents.Playbook;

/// <summary>A team lead's review of the retro: approve it or send it back with comments; only an approved retro lets the incident close.</summary>
public class RetroReviewTests
{
    private const string NotSubmitted = "The retro has not been submitted for review.";
    private const string AlreadyApproved = "The retro is already approved.";
    private const string RetroIsApproved = "The retro has been approved and can no longer be changed. Prevention measures can still be moved on to done.";
    private const string SubmitRetroFirst = "Submit the internal retro with its prevention measures.";
    private const string ApprovalFirst = "A team lead has to approve the retro first.";
    private const string ResubmitFirst = "The team lead sent the retro back: make the changes they asked for and submit it again.";
    private const string SendBackComments = "The root cause stops at the symptom; ask why once more.";

    private static readonly Actor Lead = Journey.Lead;

    private static Journey Submitted()
    {
        var journey = Journey.At(PlaybookStage.InternalRetro).SaveRetro();
        journey.AddMeasure();
        return journey.SubmitRetro();
    }

    /// <summary>An incident at the retro stage whose retro is in <paramref name="state"/>.</summary>
    private static Journey RetroIn(string state)
    {
        switch (state)
        {
            case "no retro":
                return Journey.At(PlaybookStage.InternalRetro);
            case "draft":
            {
                var journey = Journey.At(PlaybookStage.InternalRetro).SaveRetro();
                journey.AddMeasure();
                return journey;
            }

            case "submitted":
                return Submitted();
            case "sent back":
                return Submitted().SendRetroBack();
            case "approved":
                return Submitted().ApproveRetro();
            default:
                throw new ArgumentOutOfRangeException(nameof(state), state, "No such retro state in this test.");
        }
    }

    [Fact]
    public void A_saved_retro_is_a_draft()
    {
        var retro = RetroIn("draft").Incident.Retro!;

        Assert.Equal(RetroReviewStatus.Draft, retro.Status);
        Assert.False(retro.IsSubmitted);
        Assert.False(retro.IsApproved);
    }

    [Fact]
    public void A_submitted_retro_waits_for_a_team_lead()
    {
        var retro = Submitted().Incident.Retro!;

        Assert.Equal(RetroReviewStatus.Submitted, retro.Status);
        Assert.True(retro.IsSubmitted);
        Assert.False(retro.IsApproved);
        Assert.Null(retro.ReviewComments);
        Assert.Null(retro.ReviewedByName);
        Assert.Null(retro.ReviewedAt);
    }

    [Fact]
    public void A_team_lead_approves_the_retro()
    {
        var journey = Submitted();
        var at = journey.Next();

        journey.Incident.ApproveRetro("  Good root cause; keep the capacity check. ", Lead, at);

        var retro = journey.Incident.Retro!;
        Assert.Equal(RetroReviewStatus.Approved, retro.Status);
        Assert.True(retro.IsApproved);
        Assert.True(retro.IsSubmitted);
        Assert.Equal("Good root cause; keep the capacity check.", retro.ReviewComments);
        Assert.Equal(Lead.DisplayName, retro.ReviewedByName);
        Assert.Equal(at, retro.ReviewedAt);
        LastEvent(journey.Incident, Lead, at, "Approved the retro and its prevention measures.");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void Comments_are_optional_with_an_approval(string? comments)
    {
        var journey = Submitted();

        journey.Incident.ApproveRetro(comments, Lead, journey.Next());

        Assert.Equal(RetroReviewStatus.Approved, journey.Incident.Retro!.Status);
        Assert.Null(journey.Incident.Retro.ReviewComments);
    }

    [Fact]
    public void A_team_lead_sends_the_retro_back_with_comments()
    {
        var journey = Submitted();
        var at = journey.Next();

        journey.Incident.SendRetroBack($"  {SendBackComments} ", Lead, at);

        var retro = journey.Incident.Retro!;
        Assert.Equal(RetroReviewStatus.SentBack, retro.Status);
        Assert.False(retro.IsSubmitted);
        Assert.False(retro.IsApproved);
        Assert.Equal(SendBackComments, retro.ReviewComments);
        Assert.Equal(Lead.DisplayName, retro.ReviewedByName);
        Assert.Equal(at, retro.ReviewedAt);
        LastEvent(journey.Incident, Lead, at, "Sent the retro back with comments for changes.");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Sending_the_retro_back_needs_comments(string? comments)
    {
        var journey = Submitted();

        RefusedFor(journey.Incident, () => journey.Incident.SendRetroBack(comments, Lead, journey.Next()), "Comments");
        Assert.Equal(RetroReviewStatus.Submitted, journey.Incident.Retro!.Status);
        Assert.Null(journey.Incident.Retro.ReviewComments);
    }

    [Theory]
    [InlineData("approve")]
    [InlineData("send back")]
    public void Comments_longer_than_the_limit_are_refused(string decision)
    {
        var journey = Submitted();
        var comments = new string('x', Retro.ReviewCommentsMaxLength + 1);

        RefusedFor(journey.Incident, () => Review(journey, decision, comments), "Comments");
        Assert.Equal(RetroReviewStatus.Submitted, journey.Incident.Retro!.Status);
    }

    [Fact]
    public void A_sent_back_retro_is_edited_resubmitted_approved_and_the_incident_closes()
    {
        var journey = Submitted().SendRetroBack();
        var changed = PlaybookInputs.Retro() with { RootCause = "Sales had no way to see the team's capacity before answering." };

        journey.SaveRetro(changed);
        journey.AddMeasure("Capacity calendar visible to sales");
        var resubmittedAt = journey.Next();
        journey.Incident.SubmitRetro(Owner, resubmittedAt);

        var retro = journey.Incident.Retro!;
        Assert.Equal(RetroReviewStatus.Submitted, retro.Status);
        Assert.Equal(resubmittedAt, retro.SubmittedAt);
        Assert.Equal(Owner.DisplayName, retro.SubmittedByName);
        Assert.Equal(changed.RootCause, retro.RootCause);
        Assert.Equal(2, journey.Incident.PreventionMeasures.Count);
        LastEvent(journey.Incident, Owner, resubmittedAt, "Resubmitted the retro after the team lead's comments, with 2 prevention measure(s).");
        Assert.Equal([ApprovalFirst], journey.Incident.BlockersFor(PlaybookStage.Closed));

        journey.ApproveRetro("Much better.");

        Assert.Equal(RetroReviewStatus.Approved, retro.Status);
        Assert.Equal("Much better.", retro.ReviewComments);
        Assert.Empty(journey.Incident.BlockersFor(PlaybookStage.Closed));

        var closedAt = journey.Next();
        journey.Incident.MoveTo(PlaybookStage.Closed, Lead, closedAt);

        Assert.Equal(PlaybookStage.Closed, journey.Incident.Stage);
        Assert.Equal(closedAt, journey.Incident.FinishedAt);
        LastEvent(journey.Incident, Lead, closedAt, "Closed the incident: the recap was sent and the retro approved.");
    }

    [Fact]
    public void A_retro_can_be_sent_back_more_than_once()
    {
        var journey = Submitted().SendRetroBack().SubmitRetro();

        journey.SendRetroBack("Still missing who checks capacity.");

        Assert.Equal(RetroReviewStatus.SentBack, journey.Incident.Retro!.Status);
        Assert.Equal("Still missing who checks capacity.", journey.Incident.Retro.ReviewComments);
    }

    [Theory]
    [InlineData("approve", "no retro", NotSubmitted)]
    [InlineData("approve", "draft", NotSubmitted)]
    [InlineData("approve", "sent back", NotSubmitted)]
    [InlineData("approve", "approved", AlreadyApproved)]
    [InlineData("send back", "no retro", NotSubmitted)]
    [InlineData("send back", "draft", NotSubmitted)]
    [InlineData("send back", "sent back", NotSubmitted)]
    [InlineData("send back", "approved", AlreadyApproved)]
    public void Only_a_retro_waiting_for_review_can_be_approved_or_sent_back(string decision, string state, string message)
    {
        var journey = RetroIn(state);
        var status = journey.Incident.Retro?.Status;
        var comments = journey.Incident.Retro?.ReviewComments;

        RefusedWith(journey.Incident, message, () => Review(journey, decision, "Looks fine to me."));
        Assert.Equal(status, journey.Incident.Retro?.Status);
        Assert.Equal(comments, journey.Incident.Retro?.ReviewComments);
    }

    [Theory]
    [InlineData("approve")]
    [InlineData("send back")]
    public void The_retro_is_reviewed_only_at_its_stage(string decision)
    {
        var recap = Journey.At(PlaybookStage.FollowUpRecap);
        var closed = Journey.At(PlaybookStage.Closed);
        var notApplicable = Submitted().MarkNotApplicable();

        RefusedWith(recap.Incident, "You can review the retro at the \"Internal retro\" stage; this incident is at \"Follow-up recap\".",
            () => Review(recap, decision, "Fine."));
        RefusedWith(closed.Incident, "This incident is closed, so you cannot review the retro any more.",
            () => Review(closed, decision, "Fine."));
        RefusedWith(notApplicable.Incident, "This incident is marked as not applicable, so you cannot review the retro any more.",
            () => Review(notApplicable, decision, "Fine."));
    }

    [Fact]
    public void An_approved_retro_can_no_longer_be_changed()
    {
        var journey = RetroIn("approved");
        var at = journey.Next();

        RefusedWith(journey.Incident, RetroIsApproved,
            () => journey.Incident.SaveRetro(PlaybookInputs.Retro() with { LessonsLearned = "Something else." }, Owner, at));
        RefusedWith(journey.Incident, RetroIsApproved,
            () => journey.Incident.AddPreventionMeasure("Another one", "Tina", DateOnly.FromDateTime(at.UtcDateTime).AddDays(5), Owner, at));
        RefusedWith(journey.Incident, RetroIsApproved, () => journey.Incident.SubmitRetro(Owner, at));
        Assert.Equal(PlaybookInputs.Retro().LessonsLearned, journey.Incident.Retro!.LessonsLearned);
        Assert.Single(journey.Incident.PreventionMeasures);
    }

    [Fact]
    public void A_sent_back_retro_takes_new_measures()
    {
        var journey = RetroIn("sent back");

        var measure = journey.AddMeasure("Weekly delivery review with the client");

        Assert.Contains(measure, journey.Incident.PreventionMeasures);
        Assert.Equal(2, journey.Incident.PreventionMeasures.Count);
    }

    [Fact]
    public void Measures_move_on_while_the_retro_waits_for_review()
    {
        var journey = RetroIn("submitted");
        var measure = Assert.Single(journey.Incident.PreventionMeasures);

        journey.Incident.SetMeasureStatus(measure.Id, MeasureStatus.InProgress, null, Owner, journey.Next());

        Assert.Equal(MeasureStatus.InProgress, measure.Status);
    }

    [Theory]
    [InlineData("no retro", SubmitRetroFirst)]
    [InlineData("draft", SubmitRetroFirst)]
    [InlineData("submitted", ApprovalFirst)]
    [InlineData("sent back", ResubmitFirst)]
    public void Closing_waits_for_an_approved_retro(string state, string blocker)
    {
        var journey = RetroIn(state);

        Assert.Equal([blocker], journey.Incident.BlockersFor(PlaybookStage.Closed));
        RefusedWith(journey.Incident, blocker, () => journey.Incident.MoveTo(PlaybookStage.Closed, Owner, journey.Next()));
        Assert.Null(journey.Incident.FinishedAt);
    }

    [Fact]
    public void An_approved_retro_lets_the_incident_close()
    {
        var journey = RetroIn("approved");

        Assert.Empty(journey.Incident.BlockersFor(PlaybookStage.Closed));
        journey.MoveTo(PlaybookStage.Closed);
        Assert.Equal(PlaybookStage.Closed, journey.Incident.Stage);
    }

    private static void Review(Journey journey, string decision, string? comments)
    {
        switch (decision)
        {
            case "approve":
                journey.Incident.ApproveRetro(comments, Lead, journey.Next());
                break;
            case "send back":
                journey.Incident.SendRetroBack(comments, Lead, journey.Next());
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(decision), decision, "No such decision in this test.");
        }
    }
}
