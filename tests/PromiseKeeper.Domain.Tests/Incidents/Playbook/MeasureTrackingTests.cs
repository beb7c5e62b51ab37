using PromiseKeeper.Domain.Incidents;
using static PromiseKeeper.Domain.Tests.Incidents.Playbook.PlaybookAssert;
using static PromiseKeeper.Domain.Tests.TestDetails;

namespace PromiseKeeper.Domain.Tests.Incidents.Playbook;

/// <summary>Prevention measures tracked to done: done needs a short note of what was done, kept with who and when.</summary>
public class MeasureTrackingTests
{
    private const string DoneNote = "Capacity check added to the quote template.";

    private static (Journey Journey, PreventionMeasure Measure) WithMeasure()
    {
        var journey = Journey.At(PlaybookStage.InternalRetro);
        return (journey, journey.AddMeasure("Capacity check"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Done_needs_a_note_of_what_was_done(string? note)
    {
        var (journey, measure) = WithMeasure();

        RefusedFor(journey.Incident,
            () => journey.Incident.SetMeasureStatus(measure.Id, MeasureStatus.Done, note, Owner, journey.Next()),
            "DoneNote");
        Assert.Equal(MeasureStatus.Planned, measure.Status);
        Assert.Null(measure.DoneNote);
        Assert.Null(measure.DoneAt);
        Assert.Null(measure.DoneByName);
    }

    [Fact]
    public void A_done_note_longer_than_the_limit_is_refused()
    {
        var (journey, measure) = WithMeasure();

        RefusedFor(journey.Incident,
            () => journey.Incident.SetMeasureStatus(measure.Id, MeasureStatus.Done, new string('x', PreventionMeasure.DoneNoteMaxLength + 1), Owner, journey.Next()),
            "DoneNote");
        journey.Incident.SetMeasureStatus(measure.Id, MeasureStatus.Done, new string('x', PreventionMeasure.DoneNoteMaxLength), Owner, journey.Next());
        Assert.Equal(PreventionMeasure.DoneNoteMaxLength, measure.DoneNote!.Length);
    }

    [Fact]
    public void Done_keeps_the_note_who_and_when()
    {
        var (journey, measure) = WithMeasure();
        var at = journey.Next().ToOffset(TimeSpan.FromHours(2));

        journey.Incident.SetMeasureStatus(measure.Id, MeasureStatus.Done, $"  {DoneNote} ", Journey.Lead, at);

        Assert.Equal(MeasureStatus.Done, measure.Status);
        Assert.Equal(DoneNote, measure.DoneNote);
        Assert.Equal(at, measure.DoneAt);
        Assert.Equal(TimeSpan.Zero, measure.DoneAt!.Value.Offset);
        Assert.Equal(Journey.Lead.DisplayName, measure.DoneByName);
        LastEvent(journey.Incident, Journey.Lead, at, $"Prevention measure \"Capacity check\" is done: {DoneNote}");
    }

    [Theory]
    [InlineData(MeasureStatus.InProgress, "in progress")]
    [InlineData(MeasureStatus.Planned, "planned")]
    public void Moving_back_from_done_clears_the_note(MeasureStatus status, string name)
    {
        var (journey, measure) = WithMeasure();
        journey.Incident.SetMeasureStatus(measure.Id, MeasureStatus.Done, DoneNote, Owner, journey.Next());
        var at = journey.Next();

        journey.Incident.SetMeasureStatus(measure.Id, status, null, Owner, at);

        Assert.Equal(status, measure.Status);
        Assert.Null(measure.DoneNote);
        Assert.Null(measure.DoneAt);
        Assert.Null(measure.DoneByName);
        LastEvent(journey.Incident, Owner, at, $"Prevention measure \"Capacity check\" is now {name}.");
    }

    [Fact]
    public void A_note_is_not_kept_with_a_measure_that_is_not_done()
    {
        var (journey, measure) = WithMeasure();

        journey.Incident.SetMeasureStatus(measure.Id, MeasureStatus.InProgress, "Half of it is done.", Owner, journey.Next());

        Assert.Equal(MeasureStatus.InProgress, measure.Status);
        Assert.Null(measure.DoneNote);
        Assert.Null(measure.DoneAt);
        Assert.Null(measure.DoneByName);
    }

    [Fact]
    public void Marking_a_done_measure_done_again_replaces_the_note()
    {
        var (journey, measure) = WithMeasure();
        journey.Incident.SetMeasureStatus(measure.Id, MeasureStatus.Done, "First try.", Owner, journey.Next());
        var at = journey.Next();

        journey.Incident.SetMeasureStatus(measure.Id, MeasureStatus.Done, DoneNote, Journey.Lead, at);

        Assert.Equal(DoneNote, measure.DoneNote);
        Assert.Equal(at, measure.DoneAt);
        Assert.Equal(Journey.Lead.DisplayName, measure.DoneByName);
        LastEvent(journey.Incident, Journey.Lead, at, $"Prevention measure \"Capacity check\" is done: {DoneNote}");
    }

    [Fact]
    public void Marking_a_done_measure_done_again_with_the_same_note_records_nothing()
    {
        var (journey, measure) = WithMeasure();
        var doneAt = journey.Next();
        journey.Incident.SetMeasureStatus(measure.Id, MeasureStatus.Done, DoneNote, Owner, doneAt);
        var events = journey.Incident.Timeline.Count;

        journey.Incident.SetMeasureStatus(measure.Id, MeasureStatus.Done, $"  {DoneNote} ", Journey.Lead, journey.Next());

        Assert.Equal(events, journey.Incident.Timeline.Count);
        Assert.Equal(doneAt, measure.DoneAt);
        Assert.Equal(Owner.DisplayName, measure.DoneByName);
    }

    [Fact]
    public void A_done_measure_still_needs_a_note_when_marked_done_again()
    {
        var (journey, measure) = WithMeasure();
        journey.Incident.SetMeasureStatus(measure.Id, MeasureStatus.Done, DoneNote, Owner, journey.Next());

        RefusedFor(journey.Incident,
            () => journey.Incident.SetMeasureStatus(measure.Id, MeasureStatus.Done, null, Owner, journey.Next()),
            "DoneNote");
        Assert.Equal(DoneNote, measure.DoneNote);
    }

    [Fact]
    public void A_measure_is_marked_done_with_a_note_after_the_incident_is_closed()
    {
        var journey = Journey.At(PlaybookStage.Closed);
        var measure = Assert.Single(journey.Incident.PreventionMeasures);
        var at = journey.Next();

        journey.Incident.SetMeasureStatus(measure.Id, MeasureStatus.Done, DoneNote, Owner, at);

        Assert.Equal(DoneNote, measure.DoneNote);
        Assert.Equal(at, measure.DoneAt);
        Assert.Equal(Owner.DisplayName, measure.DoneByName);
    }

    [Fact]
    public void A_done_measure_is_never_overdue()
    {
        var (journey, measure) = WithMeasure();
        var afterDue = measure.DueOn.AddDays(1);
        Assert.True(measure.IsOverdue(afterDue));

        journey.Incident.SetMeasureStatus(measure.Id, MeasureStatus.Done, DoneNote, Owner, journey.Next());

        Assert.False(measure.IsOverdue(afterDue));
    }
}
