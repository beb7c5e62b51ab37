using PromiseKeeper.Domain.Incidents;
using static PromiseKeeper.Domain.Tests.Incidents.Playbook.PlaybookAssert;
using static PromiseKeeper.Domain.Tests.TestDetails;

namespace PromiseKeeper.Domain.Tests.Incidents.Playbook;

/// <summary>Owners of prevention measures and check-ins are users of any team; free-text owners stay until a user is picked.</summary>
public class OwnersTests
{
    private static readonly Actor Dana = new("user-40", "Dana Delivery");
    private static readonly Actor Marko = new("user-41", "Marko Novak");

    private static DateOnly InDays(DateTimeOffset at, int days) => DateOnly.FromDateTime(at.UtcDateTime).AddDays(days);

    [Fact]
    public void A_measure_added_for_a_user_is_theirs_and_named_after_them()
    {
        var journey = Journey.At(PlaybookStage.InternalRetro);
        var at = journey.Next();

        var measure = journey.Incident.AddPreventionMeasure("Capacity check before any date", Dana, InDays(at, 30), Owner, at);

        Assert.Equal("user-40", measure.OwnerId);
        Assert.Equal("Dana Delivery", measure.Owner);
        Assert.True(measure.HasUserOwner);
        LastEvent(journey.Incident, Owner, at, $"Added a prevention measure: Capacity check before any date (owner Dana Delivery, due {InDays(at, 30):yyyy-MM-dd}).");
    }

    [Fact]
    public void A_measure_without_a_chosen_user_is_refused_on_the_owner_field_with_the_other_fields()
    {
        var journey = Journey.At(PlaybookStage.InternalRetro);

        RefusedFor(journey.Incident, () => journey.Incident.AddPreventionMeasure(" ", (Actor?)null, null, Owner, journey.Next()), "Description", "DueOn", "OwnerId");
    }

    [Fact]
    public void A_free_text_owner_is_kept_as_text_until_a_user_is_picked()
    {
        var journey = Journey.At(PlaybookStage.InternalRetro);
        var measure = journey.AddMeasure();
        Assert.False(measure.HasUserOwner);
        Assert.Equal("Tina Zorko", measure.Owner);
        var at = journey.Next();

        Assert.True(journey.Incident.GiveMeasureTo(measure.Id, Dana, Journey.Lead, at));

        Assert.Equal(("user-40", "Dana Delivery"), (measure.OwnerId, measure.Owner));
        LastEvent(journey.Incident, Journey.Lead, at, "Gave the prevention measure \"Capacity check before any date goes to a client\" to Dana Delivery.");
    }

    [Fact]
    public void Giving_a_measure_to_its_owner_again_changes_nothing()
    {
        var journey = Journey.At(PlaybookStage.InternalRetro);
        var at = journey.Next();
        var measure = journey.Incident.AddPreventionMeasure("Capacity check", Dana, InDays(at, 30), Owner, at);
        var events = journey.Incident.Timeline.Count;

        Assert.False(journey.Incident.GiveMeasureTo(measure.Id, Dana, Owner, journey.Next()));

        Assert.Equal(events, journey.Incident.Timeline.Count);
    }

    [Fact]
    public void A_measure_is_handed_on_after_the_retro_is_submitted_and_after_closing_but_not_once_done()
    {
        var journey = Journey.At(PlaybookStage.Closed);
        var measure = journey.Incident.PreventionMeasures.Single();

        Assert.True(journey.Incident.GiveMeasureTo(measure.Id, Marko, Owner, journey.Next()));

        journey.Incident.SetMeasureStatus(measure.Id, MeasureStatus.Done, "Checked with delivery.", Marko, journey.Next());
        RefusedWith(journey.Incident, "This measure is done, so it keeps its owner.", () => journey.Incident.GiveMeasureTo(measure.Id, Dana, Owner, journey.Next()));
    }

    [Fact]
    public void An_unknown_measure_cannot_be_handed_on()
    {
        var journey = Journey.At(PlaybookStage.InternalRetro);

        RefusedWith(journey.Incident, "That measure is not part of this incident; reload the page to see the current ones.",
            () => journey.Incident.GiveMeasureTo(Guid.NewGuid(), Dana, Owner, journey.Next()));
    }

    [Fact]
    public void A_check_in_is_the_incident_owners_unless_someone_else_is_given_it()
    {
        var journey = Journey.At(PlaybookStage.FollowUpRecap);
        var at = journey.Next();

        var theirs = journey.Incident.PlanCheckIn(InDays(at, 3), "Progress on the fix", Dana, Owner, at);
        LastEvent(journey.Incident, Owner, at, $"Planned a check-in with the client on {InDays(at, 3):yyyy-MM-dd}: Progress on the fix (owner Dana Delivery).");
        var mine = journey.Incident.PlanCheckIn(InDays(at, 5), "New date", Owner, Owner, journey.Next());
        var defaulted = journey.Incident.PlanCheckIn(InDays(at, 7), "Wrap-up", Owner, journey.Next());

        Assert.Equal("user-40", theirs.OwnerId);
        Assert.Null(mine.OwnerId);
        Assert.Null(defaulted.OwnerId);
        Assert.Equal(Owner.UserId, mine.OwnerOr(journey.Incident.OwnerId));
        Assert.Equal("user-40", theirs.OwnerOr(journey.Incident.OwnerId));
    }

    [Fact]
    public void A_check_in_is_handed_on_and_back_to_the_incident_owner()
    {
        var journey = Journey.At(PlaybookStage.FollowUpRecap);
        var checkIn = journey.PlanCheckIn();
        var at = journey.Next();

        Assert.True(journey.Incident.GiveCheckInTo(checkIn.Id, Dana, Journey.Lead, at));
        Assert.Equal("user-40", checkIn.OwnerId);
        LastEvent(journey.Incident, Journey.Lead, at, $"Gave the check-in of {checkIn.PlannedOn:yyyy-MM-dd} to Dana Delivery: Progress on the reporting module.");

        Assert.False(journey.Incident.GiveCheckInTo(checkIn.Id, Dana, Journey.Lead, journey.Next()));
        Assert.True(journey.Incident.GiveCheckInTo(checkIn.Id, Owner, Journey.Lead, journey.Next()));
        Assert.Null(checkIn.OwnerId);
    }

    [Fact]
    public void A_done_check_in_keeps_its_owner()
    {
        var journey = Journey.At(PlaybookStage.FollowUpRecap);
        var checkIn = journey.PlanCheckIn();
        journey.Incident.SetCheckInDone(checkIn.Id, true, Owner, journey.Next());

        RefusedWith(journey.Incident, "This check-in is done or closed, so it keeps its owner.", () => journey.Incident.GiveCheckInTo(checkIn.Id, Dana, Owner, journey.Next()));
    }

    [Fact]
    public void A_check_in_kept_planned_at_closing_can_still_be_handed_on()
    {
        var journey = Journey.At(PlaybookStage.FollowUpRecap);
        var checkIn = journey.PlanCheckIn();
        journey.WalkTo(PlaybookStage.Closed);

        Assert.True(journey.Incident.GiveCheckInTo(checkIn.Id, Dana, Owner, journey.Next()));
    }

    [Fact]
    public void A_check_in_of_an_incident_marked_not_applicable_cannot_be_handed_on()
    {
        var journey = Journey.At(PlaybookStage.FollowUpRecap);
        var checkIn = journey.PlanCheckIn();
        journey.MarkNotApplicable();

        Refused(journey.Incident, () => journey.Incident.GiveCheckInTo(checkIn.Id, Dana, Owner, journey.Next()));
    }

    [Fact]
    public void A_long_name_is_cut_to_what_the_owner_text_holds()
    {
        var journey = Journey.At(PlaybookStage.InternalRetro);
        var at = journey.Next();
        var longName = new Actor("user-42", new string('n', IncidentDetails.NameMaxLength + 20));

        var measure = journey.Incident.AddPreventionMeasure("Capacity check", longName, InDays(at, 30), Owner, at);

        Assert.Equal(IncidentDetails.NameMaxLength, measure.Owner.Length);
    }
}
