using PromiseKeeper.Domain.Incidents;
using static PromiseKeeper.Domain.Tests.TestDetails;

namespace PromiseKeeper.Domain.Tests;

/// <summary><see cref="Incident.AdvanceToNextStage"/>: one step along the playbook, recorded on the timeline.</summary>
public class AdvanceStageTests
{
    [Fact]
    public void Moves_to_the_next_stage_and_records_who_moved_it_when()
    {
        var incident = Incident.Log(Valid(), Owner, Now);
        var teamLead = new Actor("tl-1", "Nina Petek");
        var later = Now.AddHours(3).ToOffset(TimeSpan.FromHours(2));

        incident.AdvanceToNextStage(teamLead, later);

        Assert.Equal(PlaybookStage.ResearchAlternatives, incident.Stage);
        var moved = incident.Timeline[^1];
        Assert.Equal(2, incident.Timeline.Count);
        Assert.Equal("tl-1", moved.ActorId);
        Assert.Equal("Nina Petek", moved.ActorName);
        Assert.Equal(later, moved.OccurredAt);
        Assert.Equal(TimeSpan.Zero, moved.OccurredAt.Offset);
        Assert.Equal("Moved from \"Investigate the origin\" to \"Research alternatives\".", moved.Description);
    }

    [Fact]
    public void Walks_the_whole_playbook_in_order_up_to_closed()
    {
        var incident = Incident.Log(Valid(), Owner, Now);
        var stages = new List<PlaybookStage> { incident.Stage };

        for (var step = 1; step < PlaybookTransitions.MainPath.Count; step++)
        {
            incident.AdvanceToNextStage(Owner, Now.AddDays(step));
            stages.Add(incident.Stage);
        }

        Assert.Equal(PlaybookTransitions.MainPath, stages);
        Assert.Equal(PlaybookTransitions.MainPath.Count, incident.Timeline.Count);
    }

    [Fact]
    public void A_closed_incident_has_no_next_stage()
    {
        var incident = Incident.Log(Valid(), Owner, Now);
        for (var step = 1; step < PlaybookTransitions.MainPath.Count; step++)
        {
            incident.AdvanceToNextStage(Owner, Now);
        }

        Assert.Equal(PlaybookStage.Closed, incident.Stage);
        var eventsBefore = incident.Timeline.Count;

        Assert.Throws<DomainException>(() => incident.AdvanceToNextStage(Owner, Now));
        Assert.Equal(PlaybookStage.Closed, incident.Stage);
        Assert.Equal(eventsBefore, incident.Timeline.Count);
    }

    [Fact]
    public void Needs_an_actor()
    {
        var incident = Incident.Log(Valid(), Owner, Now);

        Assert.Throws<ArgumentNullException>(() => incident.AdvanceToNextStage(null!, Now));
        Assert.Equal(PlaybookStage.InvestigateOrigin, incident.Stage);
    }
}
