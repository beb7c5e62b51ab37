using PromiseKeeper.Domain.Language;
using PromiseKeeper.Domain.Incidents;
using static PromiseKeeper.Domain.Tests.Incidents.Playbook.PlaybookAssert;
using static PromiseKeeper.Domain.Tests.TestDetails;

namespace PromiseKeeper.Domain.Tests.Incidents.Playbook;

/// <summary>Who drives the incident: the team it belongs to from the start, and handing it to another account manager.</summary>
public class ReassignTests
{
    private static readonly Actor Luka = new("user-21", "Luka Zupan");

    [Fact]
    public void The_owners_team_is_kept_when_the_incident_is_logged()
    {
        var incident = Incident.Log(Valid(), Owner, Now, teamId: 7);

        Assert.Equal(7, incident.TeamId);
    }

    [Fact]
    public void An_owner_without_a_team_logs_an_incident_without_one()
    {
        var incident = Incident.Log(Valid(), Owner, Now);

        Assert.Null(incident.TeamId);
    }

    [Theory]
    [InlineData(PlaybookStage.InvestigateOrigin)]
    [InlineData(PlaybookStage.Conversation)]
    [InlineData(PlaybookStage.InternalRetro)]
    public void Reassigning_hands_the_incident_to_another_account_manager(PlaybookStage stage)
    {
        var journey = Journey.At(stage);
        var at = journey.Next();

        journey.Incident.Reassign(Luka, Journey.Lead, at);

        Assert.Equal(Luka.UserId, journey.Incident.OwnerId);
        Assert.Equal(stage, journey.Incident.Stage);
        Assert.Equal(at, journey.Incident.LastChangedAt);
        LastEvent(journey.Incident, Journey.Lead, at, "Reassigned the incident to Luka Zupan.");
    }

    [Theory]
    [InlineData("  Anna is on leave for a month.  ", "Reassigned the incident to Luka Zupan. Reason: Anna is on leave for a month.")]
    [InlineData("   ", "Reassigned the incident to Luka Zupan.")]
    public void The_reason_for_a_reassignment_shows_on_the_timeline(string reason, string expected)
    {
        var journey = Journey.At(PlaybookStage.Conversation);
        var at = journey.Next();

        journey.Incident.Reassign(Luka, Journey.Lead, at, reason);

        LastEvent(journey.Incident, Journey.Lead, at, expected);
    }

    [Fact]
    public void Reassigning_keeps_the_team()
    {
        var incident = Incident.Log(Valid(), Owner, Now, teamId: 7);

        incident.Reassign(Luka, Journey.Lead, Now.AddMinutes(5));

        Assert.Equal(7, incident.TeamId);
    }

    [Fact]
    public void The_incident_can_be_handed_back_to_its_first_owner()
    {
        var journey = Journey.Start();
        journey.Incident.Reassign(Luka, Journey.Lead, journey.Next());

        journey.Incident.Reassign(Owner, Journey.Lead, journey.Next());

        Assert.Equal(Owner.UserId, journey.Incident.OwnerId);
    }

    [Theory]
    [InlineData("Maja Kovač")]
    [InlineData("Maja K.")]
    public void Reassigning_to_the_current_owner_is_refused(string displayName)
    {
        var journey = Journey.Start();
        var sameOwner = new Actor(Owner.UserId, displayName);

        RefusedWith(journey.Incident, $"{displayName} already owns this incident; choose someone else.",
            () => journey.Incident.Reassign(sameOwner, Journey.Lead, journey.Next()));
        Assert.Equal(Owner.UserId, journey.Incident.OwnerId);
    }

    [Fact]
    public void A_closed_incident_cannot_be_reassigned()
    {
        var journey = Journey.At(PlaybookStage.Closed);

        RefusedWith(journey.Incident, "This incident is closed, so you cannot reassign it any more.",
            () => journey.Incident.Reassign(Luka, Journey.Lead, journey.Next()));
        Assert.Equal(Owner.UserId, journey.Incident.OwnerId);
    }

    [Fact]
    public void An_incident_marked_not_applicable_cannot_be_reassigned()
    {
        var journey = Journey.At(PlaybookStage.ScheduleCall).MarkNotApplicable();

        RefusedWith(journey.Incident, "This incident is marked as not applicable, so you cannot reassign it any more.",
            () => journey.Incident.Reassign(Luka, Journey.Lead, journey.Next()));
        Assert.Equal(Owner.UserId, journey.Incident.OwnerId);
    }

    [Fact]
    public void Reassigning_needs_someone_to_hand_it_to()
    {
        var journey = Journey.Start();

        Assert.Throws<ArgumentNullException>(() => journey.Incident.Reassign(null!, Journey.Lead, journey.Next()));
    }

    [Fact]
    public void A_former_owner_is_a_colleague_the_client_texts_must_not_blame()
    {
        var journey = Journey.At(PlaybookStage.ScheduleCall);
        Assert.Empty(journey.Incident.ClientTextCheck().Check("Luka was supposed to call you back."));

        journey.Incident.Reassign(Luka, Journey.Lead, journey.Next(), previousOwnerName: "Mara Horvat");
        journey.Incident.Reassign(new Actor("user-22", "Nina Kos"), Journey.Lead, journey.Next(), previousOwnerName: "Luka Zupan");

        Assert.Equal(["Mara Horvat", "Luka Zupan"], journey.Incident.FormerOwnerNames);
        var finding = Assert.Single(journey.Incident.ClientTextCheck().Check("Luka was supposed to call you back."));
        Assert.Equal(BlameCategory.BlamesColleague, finding.Category);
        Assert.Single(journey.Incident.ClientTextCheck().Check("The delay is because of Mara."));
    }

    [Fact]
    public void An_owner_handed_the_incident_back_is_kept_once_among_the_former_owners()
    {
        var journey = Journey.At(PlaybookStage.InvestigateOrigin);

        journey.Incident.Reassign(Luka, Journey.Lead, journey.Next(), previousOwnerName: "Mara Horvat");
        journey.Incident.Reassign(Owner, Journey.Lead, journey.Next(), previousOwnerName: "Luka Zupan");
        journey.Incident.Reassign(Luka, Journey.Lead, journey.Next(), previousOwnerName: "mara horvat");

        Assert.Equal(["Mara Horvat", "Luka Zupan"], journey.Incident.FormerOwnerNames);
    }
}
