using NodaTime;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Domain.Texts;
using static PromiseKeeper.Domain.Tests.Incidents.Playbook.PlaybookAssert;
using static PromiseKeeper.Domain.Tests.TestDetails;

namespace PromiseKeeper.Domain.Tests.Incidents.Playbook;

/// <summary>Stage 6 on the incident: the retro, its prevention measures, submitting it, and the timeline summary.</summary>
public class RetroStageTests
{
    private const string RetroIsSubmitted = "The retro has been submitted and waits for a team lead's review; it can be changed again only if they send it back. Prevention measures can still be moved on to done.";

    private static Journey Submitted()
    {
        var journey = Journey.At(PlaybookStage.InternalRetro).SaveRetro();
        journey.AddMeasure();
        return journey.SubmitRetro();
    }

    [Theory]
    [InlineData(PlaybookStage.FollowUpRecap, "Follow-up recap")]
    [InlineData(PlaybookStage.Conversation, "The conversation")]
    public void The_retro_can_only_be_worked_on_at_its_stage(PlaybookStage stage, string stageName)
    {
        var journey = Journey.At(stage);
        var expected = $"You can work on the retro at the \"Internal retro\" stage; this incident is at \"{stageName}\".";
        var at = journey.Next();

        RefusedWith(journey.Incident, expected, () => journey.Incident.SaveRetro(PlaybookInputs.Retro(), Owner, at));
        RefusedWith(journey.Incident, expected, () => journey.Incident.AddPreventionMeasure("Check capacity", "Tina", DateOnly.FromDateTime(at.UtcDateTime), Owner, at));
        RefusedWith(journey.Incident, expected, () => journey.Incident.SubmitRetro(Owner, at));
    }

    [Theory]
    [InlineData("Anna forgot to check the team's capacity before giving the date.", "Anna forgot to")]
    [InlineData("The previous account manager promised it without asking anyone.", "The previous account manager promised")]
    [InlineData("Marko made that promise on his own.", "Marko made that promise")]
    public void A_root_cause_that_names_a_person_as_the_cause_is_pointed_out(string rootCause, string phrase)
    {
        var journey = Journey.At(PlaybookStage.InternalRetro).SaveRetro(PlaybookInputs.Retro() with { RootCause = rootCause });

        Assert.Equal(phrase, Assert.Single(journey.Incident.Retro!.FindPeopleNamedAsCause()).Phrase);
    }

    [Theory]
    [InlineData("The date was given without asking the team about its capacity.")]
    [InlineData("Nobody owned the hand-over when the account changed hands.")]
    [InlineData("Sales had no way to see the delivery plan when quoting dates.")]
    public void A_blameless_root_cause_is_left_alone(string rootCause)
    {
        var journey = Journey.At(PlaybookStage.InternalRetro).SaveRetro(PlaybookInputs.Retro() with { RootCause = rootCause });

        Assert.Empty(journey.Incident.Retro!.FindPeopleNamedAsCause());
    }

    [Fact]
    public void The_retro_is_kept_trimmed()
    {
        var journey = Journey.At(PlaybookStage.InternalRetro);
        var at = journey.Next();

        journey.Incident.SaveRetro(
            new RetroDetails
            {
                WhatHappened = "  Late delivery. ",
                RootCauseCategory = RootCauseCategory.EstimationError,
                RootCause = " The estimate ignored testing. ",
                LessonsLearned = " Estimate with the team. ",
            },
            Owner,
            at);

        var retro = journey.Incident.Retro!;
        Assert.Equal("Late delivery.", retro.WhatHappened);
        Assert.Equal(RootCauseCategory.EstimationError, retro.RootCauseCategory);
        Assert.Equal("The estimate ignored testing.", retro.RootCause);
        Assert.Equal("Estimate with the team.", retro.LessonsLearned);
        Assert.False(retro.IsSubmitted);
        LastEvent(journey.Incident, Owner, at, "Saved the retro.");
    }

    [Fact]
    public void An_empty_retro_is_refused_with_every_missing_field()
    {
        var journey = Journey.At(PlaybookStage.InternalRetro);

        RefusedFor(journey.Incident, () => journey.Incident.SaveRetro(new RetroDetails(), Owner, journey.Next()),
            nameof(RetroDetails.WhatHappened), nameof(RetroDetails.RootCauseCategory), nameof(RetroDetails.RootCause), nameof(RetroDetails.LessonsLearned));
        Assert.Null(journey.Incident.Retro);
    }

    [Fact]
    public void A_measure_is_kept_with_its_owner_and_due_date()
    {
        var journey = Journey.At(PlaybookStage.InternalRetro);
        var at = journey.Next();
        var due = DateOnly.FromDateTime(at.UtcDateTime).AddDays(14);

        var measure = journey.Incident.AddPreventionMeasure("  Capacity check before dates ", " Tina Zorko ", due, Owner, at);

        Assert.Same(measure, Assert.Single(journey.Incident.PreventionMeasures));
        Assert.NotEqual(Guid.Empty, measure.Id);
        Assert.Equal("Capacity check before dates", measure.Description);
        Assert.Equal("Tina Zorko", measure.Owner);
        Assert.Equal(due, measure.DueOn);
        Assert.Equal(MeasureStatus.Planned, measure.Status);
        LastEvent(journey.Incident, Owner, at, $"Added a prevention measure: Capacity check before dates (owner Tina Zorko, due {due:yyyy-MM-dd}).");
    }

    [Fact]
    public void A_measure_needs_a_description_an_owner_and_a_due_date()
    {
        var journey = Journey.At(PlaybookStage.InternalRetro);

        RefusedFor(journey.Incident, () => journey.Incident.AddPreventionMeasure(" ", (string?)null, null, Owner, journey.Next()),
            "Description", "Owner", "DueOn");
        Assert.Empty(journey.Incident.PreventionMeasures);
    }

    [Fact]
    public void A_measure_due_in_year_9999_is_a_mistyped_year_and_refused()
    {
        var journey = Journey.At(PlaybookStage.InternalRetro);
        var at = journey.Next();

        RefusedFor(journey.Incident,
            () => journey.Incident.AddPreventionMeasure("Check capacity", "Tina", DateOnly.MaxValue, Owner, at),
            "DueOn");
        journey.Incident.AddPreventionMeasure("Check capacity", "Tina", DateOnly.FromDateTime(at.UtcDateTime).AddYears(4), Owner, at);
    }

    [Fact]
    public void A_measure_due_in_the_past_is_refused()
    {
        var journey = Journey.At(PlaybookStage.InternalRetro);
        var at = journey.Next();

        RefusedFor(journey.Incident,
            () => journey.Incident.AddPreventionMeasure("Check capacity", "Tina", DateOnly.FromDateTime(at.UtcDateTime).AddDays(-1), Owner, at),
            "DueOn");
    }

    [Fact]
    public void A_measure_due_today_is_accepted()
    {
        var journey = Journey.At(PlaybookStage.InternalRetro);

        var measure = journey.AddMeasure(daysAhead: 0);

        Assert.Equal(DateOnly.FromDateTime(journey.Clock.UtcDateTime), measure.DueOn);
    }

    [Fact]
    public void The_retro_cannot_be_submitted_before_it_is_saved()
    {
        var journey = Journey.At(PlaybookStage.InternalRetro);
        journey.AddMeasure();

        RefusedWith(journey.Incident, "Write and save the retro before submitting it.", () => journey.Incident.SubmitRetro(Owner, journey.Next()));
    }

    [Fact]
    public void The_retro_cannot_be_submitted_without_a_measure()
    {
        var journey = Journey.At(PlaybookStage.InternalRetro).SaveRetro();

        RefusedWith(journey.Incident,
            "Add at least one prevention measure with an owner and a due date before submitting the retro.",
            () => journey.Incident.SubmitRetro(Owner, journey.Next()));
        Assert.False(journey.Incident.Retro!.IsSubmitted);
    }

    [Fact]
    public void Submitting_records_who_submitted_it_and_how_many_measures_it_has()
    {
        var journey = Journey.At(PlaybookStage.InternalRetro).SaveRetro();
        journey.AddMeasure();
        journey.AddMeasure("Weekly delivery review with the client");
        var at = journey.Next();

        journey.Incident.SubmitRetro(Journey.Lead, at);

        var retro = journey.Incident.Retro!;
        Assert.True(retro.IsSubmitted);
        Assert.Equal(RetroReviewStatus.Submitted, retro.Status);
        Assert.Equal(at, retro.SubmittedAt);
        Assert.Equal(Journey.Lead.DisplayName, retro.SubmittedByName);
        LastEvent(journey.Incident, Journey.Lead, at, "Submitted the retro with 2 prevention measure(s); it waits for a team lead's review.");
    }

    [Fact]
    public void A_submitted_retro_cannot_be_saved_again()
    {
        var journey = Submitted();

        RefusedWith(journey.Incident, RetroIsSubmitted,
            () => journey.Incident.SaveRetro(PlaybookInputs.Retro() with { LessonsLearned = "Something else." }, Owner, journey.Next()));
        Assert.Equal(PlaybookInputs.Retro().LessonsLearned, journey.Incident.Retro!.LessonsLearned);
    }

    [Fact]
    public void A_submitted_retro_takes_no_new_measures()
    {
        var journey = Submitted();
        var at = journey.Next();

        RefusedWith(journey.Incident, RetroIsSubmitted,
            () => journey.Incident.AddPreventionMeasure("Another one", "Tina", DateOnly.FromDateTime(at.UtcDateTime).AddDays(5), Owner, at));
        Assert.Single(journey.Incident.PreventionMeasures);
    }

    [Fact]
    public void A_submitted_retro_cannot_be_submitted_again()
    {
        var journey = Submitted();

        RefusedWith(journey.Incident, RetroIsSubmitted, () => journey.Incident.SubmitRetro(Owner, journey.Next()));
    }

    [Theory]
    [InlineData(MeasureStatus.InProgress, null, "Prevention measure \"Capacity check\" is now in progress.")]
    [InlineData(MeasureStatus.Done, "Capacity check added to the quote template.", "Prevention measure \"Capacity check\" is done: Capacity check added to the quote template.")]
    public void A_measure_moves_on_during_the_retro(MeasureStatus status, string? doneNote, string expectedEvent)
    {
        var journey = Journey.At(PlaybookStage.InternalRetro);
        var measure = journey.AddMeasure("Capacity check");
        var at = journey.Next();

        journey.Incident.SetMeasureStatus(measure.Id, status, doneNote, Owner, at);

        Assert.Equal(status, measure.Status);
        LastEvent(journey.Incident, Owner, at, expectedEvent);
    }

    [Fact]
    public void Measures_are_tracked_to_done_after_the_incident_is_closed()
    {
        var journey = Journey.At(PlaybookStage.Closed);
        var measure = Assert.Single(journey.Incident.PreventionMeasures);
        var at = journey.Next();

        journey.Incident.SetMeasureStatus(measure.Id, MeasureStatus.Done, "Done and checked by the team.", Journey.Lead, at);

        Assert.Equal(MeasureStatus.Done, measure.Status);
        Assert.Equal(PlaybookStage.Closed, journey.Incident.Stage);
        LastEvent(journey.Incident, Journey.Lead, at, $"Prevention measure \"{measure.Description}\" is done: Done and checked by the team.");
    }

    [Fact]
    public void Measures_are_not_tracked_on_an_incident_marked_not_applicable()
    {
        var journey = Journey.At(PlaybookStage.InternalRetro);
        var measure = journey.AddMeasure();
        journey.MarkNotApplicable();

        RefusedWith(journey.Incident,
            "This incident is marked as not applicable; it has no prevention measures to track.",
            () => journey.Incident.SetMeasureStatus(measure.Id, MeasureStatus.Done, "Done and checked by the team.", Owner, journey.Next()));
        Assert.Equal(MeasureStatus.Planned, measure.Status);
    }

    [Fact]
    public void Setting_the_status_a_measure_already_has_changes_nothing()
    {
        var journey = Journey.At(PlaybookStage.InternalRetro);
        var measure = journey.AddMeasure();
        var events = journey.Incident.Timeline.Count;

        journey.Incident.SetMeasureStatus(measure.Id, MeasureStatus.Planned, null, Owner, journey.Next());

        Assert.Equal(events, journey.Incident.Timeline.Count);
    }

    [Fact]
    public void An_unknown_measure_or_status_is_refused()
    {
        var journey = Journey.At(PlaybookStage.InternalRetro);
        var measure = journey.AddMeasure();

        RefusedWith(journey.Incident,
            "That measure is not part of this incident; reload the page to see the current ones.",
            () => journey.Incident.SetMeasureStatus(Guid.NewGuid(), MeasureStatus.Done, "Done and checked by the team.", Owner, journey.Next()));
        RefusedWith(journey.Incident, "Choose a status for the measure.",
            () => journey.Incident.SetMeasureStatus(measure.Id, (MeasureStatus)9, "Done and checked by the team.", Owner, journey.Next()));
    }

    [Fact]
    public void The_timeline_summary_lists_every_entry_oldest_first()
    {
        var journey = Journey.At(PlaybookStage.InternalRetro);

        var lines = journey.Incident.SummariseTimeline(Languages.English, DateTimeZone.Utc).Split('\n');

        Assert.Equal(journey.Incident.Timeline.Count, lines.Length);
        Assert.Equal("2025-06-15  Logged the broken promise; the playbook starts with investigating where the promise came from.", lines[0]);
        Assert.Equal("2025-06-15  Moved from \"Follow-up recap\" to \"Internal retro\".", lines[^1]);
        Assert.Equal(
            journey.Incident.Timeline.OrderBy(e => e.OccurredAt).Select(e => e.Description),
            lines.Select(l => l[12..]));
    }

    [Fact]
    public void The_timeline_summary_shows_each_entrys_date()
    {
        var journey = Journey.At(PlaybookStage.FollowUpRecap);
        var later = journey.Clock.AddDays(3);

        journey.Incident.PlanCheckIn(DateOnly.FromDateTime(later.UtcDateTime).AddDays(1), "Progress", Owner, later);

        var lastLine = journey.Incident.SummariseTimeline(Languages.English, DateTimeZone.Utc).Split('\n')[^1];
        Assert.StartsWith("2025-06-18  Planned a check-in", lastLine, StringComparison.Ordinal);
    }
}
