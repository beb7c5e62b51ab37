using PromiseKeeper.Domain.Incidents;
using static PromiseKeeper.Domain.Tests.Incidents.Playbook.PlaybookAssert;
using static PromiseKeeper.Domain.Tests.TestDetails;

namespace PromiseKeeper.Domain.Tests.Incidents.Playbook;

/// <summary>Closing an incident whose check-ins with the client are still open: nothing closes without the owner's choice.</summary>
public class ClosingWithOpenCheckInsTests
{
    /// <summary>At the retro, approved, with one check-in done and two still open.</summary>
    private static (Journey Journey, CheckIn Done, CheckIn First, CheckIn Second) ReadyToClose()
    {
        var journey = Journey.At(PlaybookStage.FollowUpRecap);
        var done = journey.PlanCheckIn(daysAhead: 1, topic: "Reporting module delivered");
        var second = journey.PlanCheckIn(daysAhead: 14, topic: "Second check on the reports");
        var first = journey.PlanCheckIn(daysAhead: 7, topic: "First check on the reports");
        journey.Incident.SetCheckInDone(done.Id, true, Owner, journey.Next());
        journey.WalkTo(PlaybookStage.InternalRetro);
        journey.SaveRetro();
        journey.AddMeasure();
        journey.SubmitRetro();
        journey.ApproveRetro();
        return (journey, done, first, second);
    }

    [Fact]
    public void Closing_without_a_choice_is_refused_and_names_the_open_check_ins()
    {
        var (journey, _, first, second) = ReadyToClose();

        Assert.Equal([first, second], journey.Incident.OpenCheckIns);
        RefusedWith(journey.Incident,
            "2 check-ins with the client are still open: choose whether to close them with the incident or keep them planned.",
            () => journey.Incident.MoveTo(PlaybookStage.Closed, Owner, journey.Next()));
        Assert.Equal(PlaybookStage.InternalRetro, journey.Incident.Stage);
        Assert.All([first, second], c => Assert.True(c.IsOpen));
    }

    [Fact]
    public void Closing_them_marks_each_open_check_in_closed_and_says_so_on_the_timeline()
    {
        var (journey, done, first, second) = ReadyToClose();
        var at = journey.Next();

        journey.Incident.MoveTo(PlaybookStage.Closed, Owner, at, OpenCheckInsOnClose.Close);

        Assert.Equal(PlaybookStage.Closed, journey.Incident.Stage);
        Assert.Equal((at, at), (first.CancelledAt, second.CancelledAt));
        Assert.Null(done.CancelledAt);
        Assert.True(done.IsDone);
        Assert.Empty(journey.Incident.OpenCheckIns);
        LastEvent(journey.Incident, Owner, at,
            "Closed the open check-ins with the incident, as no longer needed: 2025-06-22: First check on the reports; 2025-06-29: Second check on the reports.");
    }

    [Fact]
    public void Keeping_them_leaves_them_planned_and_says_so_on_the_timeline()
    {
        var (journey, _, first, second) = ReadyToClose();
        var at = journey.Next();

        journey.Incident.MoveTo(PlaybookStage.Closed, Owner, at, OpenCheckInsOnClose.Keep);

        Assert.Equal(PlaybookStage.Closed, journey.Incident.Stage);
        Assert.Equal([first, second], journey.Incident.OpenCheckIns);
        LastEvent(journey.Incident, Owner, at,
            "Kept the open check-ins planned after closing: 2025-06-22: First check on the reports; 2025-06-29: Second check on the reports.");
    }

    [Fact]
    public void Without_open_check_ins_closing_needs_no_choice()
    {
        var journey = Journey.At(PlaybookStage.Closed);

        Assert.Equal(PlaybookStage.Closed, journey.Incident.Stage);
        Assert.StartsWith("Closed the incident", journey.Incident.Timeline[^1].Description, StringComparison.Ordinal);
    }

    [Fact]
    public void After_closing_a_kept_check_in_can_be_done_and_one_closed_with_the_incident_cannot()
    {
        var (journey, _, first, second) = ReadyToClose();
        journey.Incident.MoveTo(PlaybookStage.Closed, Owner, journey.Next(), OpenCheckInsOnClose.Keep);
        journey.Incident.SetCheckInDone(first.Id, true, Owner, journey.Next());
        Assert.True(first.IsDone);

        var (closedJourney, _, cancelled, _) = ReadyToClose();
        closedJourney.Incident.MoveTo(PlaybookStage.Closed, Owner, closedJourney.Next(), OpenCheckInsOnClose.Close);
        var refused = Assert.Throws<DomainException>(() => closedJourney.Incident.SetCheckInDone(cancelled.Id, true, Owner, closedJourney.Next()));

        Assert.Equal("This incident is closed, so you cannot update check-ins any more.", refused.Message);
        Assert.False(cancelled.IsDone);
        Assert.False(second.IsDone);
    }

    [Fact]
    public void Closed_check_ins_are_no_next_steps_in_drafts()
    {
        var (journey, done, _, _) = ReadyToClose();
        journey.Incident.MoveTo(PlaybookStage.Closed, Owner, journey.Next(), OpenCheckInsOnClose.Close);

        var updateDays = journey.Incident.ToDraftFacts("Globex", "Ana Novak").UpdateDays;

        Assert.Equal([done.PlannedOn], updateDays);
    }
}
