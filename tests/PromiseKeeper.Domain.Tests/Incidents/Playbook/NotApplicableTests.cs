using PromiseKeeper.Domain.Incidents;
using static PromiseKeeper.Domain.Tests.Incidents.Playbook.PlaybookAssert;
using static PromiseKeeper.Domain.Tests.TestDetails;

namespace PromiseKeeper.Domain.Tests.Incidents.Playbook;

/// <summary><see cref="Incident.MarkNotApplicable"/>: from every open stage, with a real reason, and nothing afterwards.</summary>
public class NotApplicableTests
{
    private const string Reason = "The client wants the whole next phase for free and threatens to go public.";

    [Theory]
    [InlineData(PlaybookStage.InvestigateOrigin, "Investigate the origin")]
    [InlineData(PlaybookStage.ResearchAlternatives, "Research alternatives")]
    [InlineData(PlaybookStage.ScheduleCall, "Schedule the call")]
    [InlineData(PlaybookStage.Conversation, "The conversation")]
    [InlineData(PlaybookStage.FollowUpRecap, "Follow-up recap")]
    [InlineData(PlaybookStage.InternalRetro, "Internal retro")]
    public void Can_be_marked_from_every_open_stage(PlaybookStage stage, string stageName)
    {
        var journey = Journey.At(stage);

        var at = journey.Next();
        journey.Incident.MarkNotApplicable("  " + Reason + "  ", Journey.Lead, at);

        Assert.Equal(PlaybookStage.NotApplicable, journey.Incident.Stage);
        Assert.False(journey.Incident.IsOpen);
        Assert.Equal(Reason, journey.Incident.NotApplicableReason);
        Assert.Equal(at, journey.Incident.FinishedAt);
        Assert.Equal(at, journey.Incident.LastChangedAt);
        LastEvent(journey.Incident, Journey.Lead, at, $"Marked as not applicable at \"{stageName}\": {Reason}");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Needs_a_reason(string? reason)
    {
        var journey = Journey.Start();

        RefusedFor(journey.Incident, () => journey.Incident.MarkNotApplicable(reason, Owner, journey.Next()), "Reason");
        Assert.Null(journey.Incident.FinishedAt);
    }

    [Theory]
    [InlineData("Bad faith")]
    [InlineData("Wants it all free")]
    [InlineData("   padded but short   ")]
    public void Needs_a_reason_of_at_least_twenty_characters(string reason)
    {
        var journey = Journey.Start();

        var error = Refused(journey.Incident, () => journey.Incident.MarkNotApplicable(reason, Owner, journey.Next()));

        var violation = Assert.Single(error.Violations);
        Assert.Equal("Reason", violation.Field);
        Assert.Contains("at least 20 characters", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reason_of_exactly_twenty_characters_is_enough()
    {
        var journey = Journey.Start();
        var reason = new string('x', Incident.NotApplicableReasonMinLength);

        journey.Incident.MarkNotApplicable(reason, Owner, journey.Next());

        Assert.Equal(reason, journey.Incident.NotApplicableReason);
    }

    [Fact]
    public void A_reason_over_the_maximum_length_is_refused()
    {
        var journey = Journey.Start();

        RefusedFor(journey.Incident,
            () => journey.Incident.MarkNotApplicable(new string('x', Incident.NotApplicableReasonMaxLength + 1), Owner, journey.Next()),
            "Reason");
    }

    [Fact]
    public void Cannot_be_marked_twice()
    {
        var journey = Journey.Start().MarkNotApplicable();

        RefusedWith(journey.Incident,
            "This incident is marked as not applicable, so you cannot mark it as not applicable any more.",
            () => journey.Incident.MarkNotApplicable(Reason, Owner, journey.Next()));
    }

    [Fact]
    public void A_closed_incident_cannot_be_marked_not_applicable()
    {
        var journey = Journey.At(PlaybookStage.Closed);

        RefusedWith(journey.Incident,
            "This incident is closed, so you cannot mark it as not applicable any more.",
            () => journey.Incident.MarkNotApplicable(Reason, Owner, journey.Next()));
    }

    [Fact]
    public void Recording_the_origin_is_refused_afterwards()
    {
        var journey = Journey.Start().MarkNotApplicable();

        RefusedWith(journey.Incident,
            "This incident is marked as not applicable, so you cannot change the origin of the promise any more.",
            () => journey.Incident.RecordOrigin(PlaybookInputs.Origin(), Owner, journey.Next()));
    }

    [Fact]
    public void Adding_an_option_is_refused_afterwards()
    {
        var journey = Journey.At(PlaybookStage.ResearchAlternatives).MarkNotApplicable();

        RefusedWith(journey.Incident,
            "This incident is marked as not applicable, so you cannot change the alternatives and the offer any more.",
            () => journey.Incident.AddOption(PlaybookInputs.Option(), Owner, journey.Next()));
    }

    [Fact]
    public void Adding_evidence_is_refused_afterwards()
    {
        var journey = Journey.Start().MarkNotApplicable();

        RefusedWith(journey.Incident,
            "This incident is marked as not applicable, so you cannot add evidence any more.",
            () => journey.Incident.AddPastedEvidence("Email", "Text", Owner, journey.Next()));
    }

    [Fact]
    public void Updating_a_check_in_is_refused_afterwards()
    {
        var journey = Journey.At(PlaybookStage.FollowUpRecap);
        var checkIn = journey.PlanCheckIn();
        journey.MarkNotApplicable();

        RefusedWith(journey.Incident,
            "This incident is marked as not applicable, so you cannot update check-ins any more.",
            () => journey.Incident.SetCheckInDone(checkIn.Id, true, Owner, journey.Next()));
    }

    [Fact]
    public void Stage_work_is_refused_afterwards_with_the_not_applicable_message()
    {
        var journey = Journey.At(PlaybookStage.FollowUpRecap).MarkNotApplicable();

        var error = Refused(journey.Incident, () => journey.Incident.SaveRecap(PlaybookInputs.RecapText, true, Owner, journey.Next()));
        Assert.Contains("marked as not applicable", error.Message, StringComparison.Ordinal);
    }
}
