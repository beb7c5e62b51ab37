using PromiseKeeper.Domain.Clocks;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Domain.Tests.Incidents.Playbook;

namespace PromiseKeeper.Domain.Tests.Clocks;

/// <summary>The waits that hold an incident's clocks: on the client (recorded by the account manager) and on legal.</summary>
public class IncidentPausesTests
{
    private static readonly Actor Owner = TestDetails.Owner;

    [Fact]
    public void The_account_manager_records_a_wait_on_the_client_and_ends_it_when_the_client_answers()
    {
        var journey = Journey.At(PlaybookStage.ScheduleCall);
        var incident = journey.Incident;
        var since = journey.Clock.AddMinutes(-5);

        var pause = incident.WaitOnClient(since, "  Their board decides on Friday. ", Owner, journey.Next());

        Assert.Equal((PauseReason.WaitingOnClient, since, "Their board decides on Friday.", true), (pause.Reason, pause.StartedAt, pause.Note, pause.IsOpen));
        Assert.Same(pause, incident.OpenClientPause);
        Assert.Equal([new ClockPause(since, null, PauseReason.WaitingOnClient, "Their board decides on Friday.")], incident.ClockPauses());
        Assert.StartsWith("Waiting on the client since", incident.Timeline[^1].Description, StringComparison.Ordinal);

        var answeredAt = journey.Next();
        incident.ClientAnswered(Owner, answeredAt);

        Assert.Null(incident.OpenClientPause);
        Assert.Equal(answeredAt, pause.EndedAt);
        Assert.Equal(Owner.DisplayName, pause.EndedByName);
        Assert.StartsWith("The client answered", incident.Timeline[^1].Description, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wait_without_a_time_starts_now()
    {
        var journey = Journey.At(PlaybookStage.ScheduleCall);
        var now = journey.Next();

        Assert.Equal(now, journey.Incident.WaitOnClient(null, "Waiting for their numbers.", Owner, now).StartedAt);
    }

    [Fact]
    public void A_wait_in_the_future_before_the_discovery_or_without_a_reason_is_refused_field_by_field()
    {
        var journey = Journey.At(PlaybookStage.ScheduleCall);
        var incident = journey.Incident;
        var now = journey.Next();

        var future = Assert.Throws<DomainException>(() => incident.WaitOnClient(now.AddMinutes(1), "Soon.", Owner, now));
        var early = Assert.Throws<DomainException>(() => incident.WaitOnClient(incident.DiscoveredAt.AddMinutes(-1), " ", Owner, now));
        var tooLong = Assert.Throws<DomainException>(() => incident.WaitOnClient(null, new string('x', IncidentPause.NoteMaxLength + 1), Owner, now));

        Assert.Equal(["Since"], future.Violations.Select(v => v.Field));
        Assert.Equal(["Since", "Note"], early.Violations.Select(v => v.Field));
        Assert.Equal(["Note"], tooLong.Violations.Select(v => v.Field));
        Assert.Empty(incident.Pauses);
    }

    [Fact]
    public void Only_one_wait_on_the_client_is_open_at_a_time_and_only_an_open_one_ends()
    {
        var journey = Journey.At(PlaybookStage.ScheduleCall);
        var incident = journey.Incident;

        Assert.Throws<DomainException>(() => incident.ClientAnswered(Owner, journey.Next()));
        incident.WaitOnClient(null, "First.", Owner, journey.Next());
        Assert.Throws<DomainException>(() => incident.WaitOnClient(null, "Second.", Owner, journey.Next()));
        incident.ClientAnswered(Owner, journey.Next());
        incident.WaitOnClient(null, "Again.", Owner, journey.Next());

        Assert.Equal(2, incident.Pauses.Count);
    }

    [Fact]
    public void A_finished_incident_takes_no_new_wait_and_its_open_wait_ends_where_it_finished()
    {
        var journey = Journey.At(PlaybookStage.ScheduleCall);
        var incident = journey.Incident;
        var since = journey.Next();
        incident.WaitOnClient(since, "Their board decides on Friday.", Owner, since);
        journey.MarkNotApplicable();

        var refused = Assert.Throws<DomainException>(() => incident.WaitOnClient(null, "More.", Owner, journey.Next()));
        Assert.Contains("not applicable", refused.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal([new ClockPause(since, incident.FinishedAt, PauseReason.WaitingOnClient, "Their board decides on Friday.")], incident.ClockPauses());
    }

    [Fact]
    public void The_wait_on_legal_runs_from_the_request_and_is_kept_as_a_row_when_legal_decides()
    {
        var journey = Journey.Start(TestDetails.Valid() with { ContractReference = "SOW 3" });
        var incident = journey.Incident;
        var requested = incident.LegalReviewRequestedAt!.Value;

        Assert.Equal([new ClockPause(requested, null, PauseReason.WaitingOnLegal)], incident.ClockPauses());
        Assert.Empty(incident.Pauses);

        journey.RequireChangesAsLegal();

        var kept = Assert.Single(incident.Pauses);
        Assert.Equal((PauseReason.WaitingOnLegal, requested, journey.Clock, Journey.Legal.DisplayName), (kept.Reason, kept.StartedAt, kept.EndedAt, kept.EndedByName));
        Assert.Equal([new ClockPause(requested, journey.Clock, PauseReason.WaitingOnLegal)], incident.ClockPauses());
    }

    [Fact]
    public void Removing_the_contract_ends_the_wait_on_legal()
    {
        var journey = Journey.Start(TestDetails.Valid() with { ContractReference = "SOW 3" });

        journey.RecordOrigin(PlaybookInputs.Origin() with { ContractReference = null });

        var kept = Assert.Single(journey.Incident.Pauses);
        Assert.Equal(journey.Clock, kept.EndedAt);
        Assert.Null(journey.Incident.WaitingOnLegalSince);
    }

    [Fact]
    public void Legal_approving_a_held_wording_ends_the_wait_it_caused()
    {
        var journey = Journey.At(PlaybookStage.FollowUpRecap, TestDetails.Valid() with { ContractReference = "SOW 3" });
        var before = journey.Incident.Pauses.Count;
        journey.SaveRecap();
        var heldAt = journey.Clock;

        journey.ApproveWordingAsLegal(ClientTextKind.Recap);

        Assert.Equal(before + 1, journey.Incident.Pauses.Count);
        var kept = journey.Incident.Pauses[^1];
        Assert.Equal((heldAt, journey.Clock), (kept.StartedAt, kept.EndedAt!.Value));
    }
}
