using PromiseKeeper.Domain.Clocks;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Domain.Tests.Incidents.Playbook;

namespace PromiseKeeper.Domain.Tests.Clocks;

/// <summary><see cref="IncidentClockFacts"/>.From: the facts the clocks need, read off an incident walked through the playbook.</summary>
public class IncidentClockFactsTests
{
    [Fact]
    public void An_incident_in_its_retro_gives_each_steps_time_and_its_open_check_ins_and_measures()
    {
        var journey = Journey.At(PlaybookStage.InternalRetro);
        var checkIn = journey.PlanCheckIn();
        var measure = journey.AddMeasure();
        var incident = journey.Incident;
        var pause = new ClockPause(journey.Clock, null, PauseReason.WaitingOnClient, "Asking their board");

        var facts = IncidentClockFacts.From(incident, [pause]);

        Assert.Equal(incident.DiscoveredAt, facts.DiscoveredAt);
        Assert.Equal(incident.ClientToldAt, facts.ClientToldAt);
        Assert.Equal(incident.Conversation!.HeldAt, facts.ConversationHeldAt);
        Assert.Equal(incident.Recap!.SentAt, facts.RecapSentAt);
        Assert.Null(facts.RetroSubmittedAt);
        Assert.Null(facts.LegalReviewRequestedAt);
        Assert.Null(facts.FinishedAt);
        Assert.Equal([new ClockDueItem(checkIn.Id, checkIn.Topic, checkIn.PlannedOn, incident.Conversation.HeldAt)], facts.OpenCheckIns);
        Assert.Equal([new ClockDueItem(measure.Id, measure.Description, measure.DueOn, incident.Recap.SentAt!.Value)], facts.OpenMeasures);
        Assert.Equal([pause], facts.Pauses);
        Assert.Equal(
            ["TellClient", "HoldCall", "SendRecap", "SubmitRetro", $"CheckIn:{checkIn.Id}", $"Measure:{measure.Id}"],
            IncidentClocks.Of(facts, TeamClockRules.Default).Select(c => c.Key));
    }

    [Fact]
    public void Submitting_the_retro_and_finishing_are_read_and_done_items_left_out()
    {
        var journey = Journey.At(PlaybookStage.InternalRetro);
        var measure = journey.AddMeasure();
        var checkIn = journey.PlanCheckIn();
        journey.Incident.SetCheckInDone(checkIn.Id, true, TestDetails.Owner, journey.Next());
        journey.Incident.SetMeasureStatus(measure.Id, MeasureStatus.Done, "Checked capacity", TestDetails.Owner, journey.Next());
        journey.SaveRetro().SubmitRetro().ApproveRetro().MoveTo(PlaybookStage.Closed);

        var facts = IncidentClockFacts.From(journey.Incident, []);

        Assert.Equal(journey.Incident.Retro!.SubmittedAt, facts.RetroSubmittedAt);
        Assert.Equal(journey.Incident.FinishedAt, facts.FinishedAt);
        Assert.Empty(facts.OpenCheckIns);
        Assert.Empty(facts.OpenMeasures);
    }

    [Fact]
    public void A_contract_linked_incident_waits_for_legal_until_legal_decides()
    {
        var journey = Journey.Start(TestDetails.Valid() with { ContractReference = "SOW 3" });
        var waiting = IncidentClockFacts.From(journey.Incident, []);
        journey.RecordOrigin(PlaybookInputs.Origin() with { ContractReference = "SOW 3" }).MoveTo(PlaybookStage.ResearchAlternatives);
        journey.AddOfferedOption();
        journey.ApproveAsLegal();
        var decidedAt = journey.Clock;

        var decided = IncidentClockFacts.From(journey.Incident, []);

        Assert.Equal(TestDetails.Now, waiting.LegalReviewRequestedAt);
        Assert.Null(waiting.LegalReviewDecidedAt);
        Assert.Equal(journey.Incident.LegalReviewRequestedAt, decided.LegalReviewRequestedAt);
        Assert.Equal(decidedAt, decided.LegalReviewDecidedAt);
    }

    [Fact]
    public void Legal_approving_only_a_held_wording_decides_the_review()
    {
        var journey = Journey.At(PlaybookStage.FollowUpRecap, TestDetails.Valid() with { ContractReference = "SOW 3" });
        journey.SaveRecap();
        var heldAt = journey.Clock;
        journey.ApproveWordingAsLegal(ClientTextKind.Recap);

        var facts = IncidentClockFacts.From(journey.Incident, []);

        Assert.Equal(heldAt, facts.LegalReviewRequestedAt);
        Assert.Equal(journey.Clock, facts.LegalReviewDecidedAt);
    }

    [Fact]
    public void Without_pauses_given_the_incidents_own_waits_are_read()
    {
        var journey = Journey.Start(TestDetails.Valid() with { ContractReference = "SOW 3" });

        var facts = IncidentClockFacts.From(journey.Incident);

        Assert.Equal([new ClockPause(TestDetails.Now, null, PauseReason.WaitingOnLegal)], facts.Pauses);
    }
}
