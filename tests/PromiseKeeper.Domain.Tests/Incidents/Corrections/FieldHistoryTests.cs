using PromiseKeeper.Domain.Clients;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Domain.Tests.Incidents.Playbook;
using static PromiseKeeper.Domain.Tests.Incidents.Corrections.CorrectionInputs;
using static PromiseKeeper.Domain.Tests.TestDetails;

namespace PromiseKeeper.Domain.Tests.Incidents.Corrections;

/// <summary><see cref="Incident.CorrectRecord"/>: each changed fact kept as field history, and what follows from it.</summary>
public class FieldHistoryTests
{
    private static readonly Actor Lead = new("user-3", "Tina Zorko");

    [Fact]
    public void A_corrected_fault_is_kept_with_its_old_and_new_value_who_when_and_why()
    {
        var incident = Incident.Log(Valid(), Owner, Now);
        var at = Now.AddHours(3);

        var corrected = incident.CorrectRecord(Parse(AsRecorded(incident) with { Fault = Fault.ThirdParty }), Lead, at);

        var change = Assert.Single(corrected);
        Assert.Equal(change, Assert.Single(incident.FieldHistory));
        Assert.Equal((nameof(Incident.Fault), "ours", "third party"), (change.Field, change.OldValue, change.NewValue));
        Assert.Equal((Lead.UserId, Lead.DisplayName, at, Reason), (change.ActorId, change.ActorName, change.CorrectedAt, change.Reason));
        Assert.Equal(Fault.ThirdParty, incident.Fault);
        var entry = incident.Timeline[^1];
        Assert.Equal($"Corrected fault: Ours → A third party's ({Reason})", entry.Description);
        Assert.Equal((Lead.UserId, at), (entry.ActorId, entry.OccurredAt));
    }

    [Fact]
    public void Only_the_fields_that_changed_are_recorded_in_form_order()
    {
        var incident = Incident.Log(Valid(), Owner, Now);

        var corrected = incident.CorrectRecord(
            Parse(AsRecorded(incident) with
            {
                Summary = "Reporting module delivered five weeks late",
                Damage = DamageKinds.Delay | DamageKinds.QualityOrWrongResult,
                OurLossAmount = 20_000m,
                ClientClaimedLossAmount = null,
                DiscoveredAt = Now.AddDays(-3),
            }),
            Owner,
            Now);

        Assert.Equal(
            [
                (nameof(Incident.Summary), "Reporting module delivered three weeks late", "Reporting module delivered five weeks late"),
                (nameof(Incident.Damage), "delay, reputation", "delay, quality or wrong result"),
                (nameof(Incident.OurLossEstimate), "12000.50 EUR", "20000.00 EUR"),
                (nameof(Incident.ClientClaimedLoss), "30000.00 EUR", "(none)"),
                (nameof(Incident.DiscoveredAt), "2025-06-13 12:00 UTC", "2025-06-12 12:00 UTC"),
            ],
            corrected.Select(c => (c.Field, c.OldValue, c.NewValue)));
        Assert.Equal(corrected, incident.FieldHistory);
        Assert.Null(incident.ClientClaimedLoss);
        Assert.Equal(Now.AddDays(-3), incident.DiscoveredAt);
        Assert.Equal("Ana Novak", incident.ContactName);
    }

    [Fact]
    public void A_correction_that_changes_nothing_is_refused_and_leaves_no_trace()
    {
        var incident = Incident.Log(Valid(), Owner, Now);
        var timeline = incident.Timeline.Count;

        var refusal = Assert.Throws<DomainException>(() => incident.CorrectRecord(Parse(AsRecorded(incident)), Owner, Now));

        Assert.StartsWith("Nothing changed", refusal.Message, StringComparison.Ordinal);
        Assert.Empty(incident.FieldHistory);
        Assert.Equal(timeline, incident.Timeline.Count);
    }

    [Fact]
    public void A_time_typed_to_the_minute_keeps_the_seconds_on_record_when_its_minute_is_unchanged()
    {
        var incident = Incident.Log(Valid() with { DiscoveredAt = Now.AddDays(-2).AddSeconds(42) }, Owner, Now);

        incident.CorrectRecord(Parse(AsRecorded(incident) with { DiscoveredAt = Now.AddDays(-2), ContactRole = "CFO" }), Owner, Now);

        Assert.Equal(Now.AddDays(-2).AddSeconds(42), incident.DiscoveredAt);
        Assert.Equal([nameof(Incident.ContactRole)], incident.FieldHistory.Select(c => c.Field));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData("Because\u0000of a paste")]
    public void A_correction_needs_a_readable_reason(string? reason)
    {
        var incident = Incident.Log(Valid(), Owner, Now);

        var parsed = (AsRecorded(incident) with { Fault = Fault.Client, Reason = reason }).Parse(Now);

        Assert.Equal([nameof(RecordCorrection.Reason)], parsed.Violations.Select(v => v.Field));
    }

    [Fact]
    public void A_reason_longer_than_the_limit_is_refused_and_markup_is_kept_as_text()
    {
        var incident = Incident.Log(Valid(), Owner, Now);

        var tooLong = (AsRecorded(incident) with { Fault = Fault.Client, Reason = new string('r', RecordCorrection.ReasonMaxLength + 1) }).Parse(Now);
        var markup = (AsRecorded(incident) with { Fault = Fault.Client, Reason = "<b>Client</b> changed the spec" }).Parse(Now);

        Assert.Equal([nameof(RecordCorrection.Reason)], tooLong.Violations.Select(v => v.Field));
        Assert.Equal("<b>Client</b> changed the spec", markup.OrThrow().Reason);
    }

    [Fact]
    public void The_facts_follow_the_logging_rules_and_every_broken_one_is_reported()
    {
        var incident = Incident.Log(Valid(), Owner, Now);

        var parsed = (AsRecorded(incident) with { Summary = " ", ContactEmail = "ana at example", DiscoveredAt = Now.AddDays(1), ClientToldAt = null, FirstDisclosure = null }).Parse(Now);

        Assert.Equal(
            [nameof(RecordCorrection.ContactEmail), nameof(RecordCorrection.DiscoveredAt), nameof(RecordCorrection.Summary)],
            parsed.Violations.Select(v => v.Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_discovery_before_the_promise_was_made_is_refused()
    {
        var incident = Incident.Log(Valid(), Owner, Now);

        var refusal = Assert.Throws<DomainException>(() =>
            incident.CorrectRecord(Parse(AsRecorded(incident) with { DiscoveredAt = new DateTimeOffset(2025, 2, 1, 9, 0, 0, TimeSpan.Zero), ClientToldAt = null, FirstDisclosure = null }), Owner, Now));

        Assert.Equal([nameof(RecordCorrection.DiscoveredAt)], refusal.Violations.Select(v => v.Field));
        Assert.Empty(incident.FieldHistory);
    }

    [Fact]
    public void A_finished_incident_cannot_be_corrected()
    {
        var incident = Incident.Log(Valid(), Owner, Now);
        incident.MarkNotApplicable("The client wants a whole new module for free.", Owner, Now);

        Assert.Throws<DomainException>(() => incident.CorrectRecord(Parse(AsRecorded(incident) with { Fault = Fault.Client }), Owner, Now));
    }

    [Fact]
    public void The_script_and_the_severity_follow_the_corrected_facts_at_once()
    {
        var incident = Incident.Log(
            Valid() with { Damage = DamageKinds.Delay, OurLossAmount = null, ClientClaimedLossAmount = null, PersonalHarm = PersonalHarm.None, PersonalHarmNote = null },
            Owner,
            Now);
        var severityBefore = incident.AssessSeverity(LoyaltyLevel.Loyal, Now);
        Assert.Equal(Acknowledgement.Apology, incident.AcknowledgementAdvice.Recommended);

        incident.CorrectRecord(Parse(AsRecorded(incident) with { Fault = Fault.ThirdParty, Damage = DamageKinds.Delay | DamageKinds.Reputation, PersonalHarm = PersonalHarm.Serious, PersonalHarmNote = "Her job is at stake." }), Owner, Now);

        Assert.Equal(Acknowledgement.Regret, incident.AcknowledgementAdvice.Recommended);
        Assert.True(incident.AssessSeverity(LoyaltyLevel.Loyal, Now).TotalPoints > severityBefore.TotalPoints);
    }

    [Fact]
    public void Client_texts_saved_under_the_old_fault_are_outdated_until_saved_again()
    {
        var journey = Journey.At(PlaybookStage.ScheduleCall);
        var incident = journey.Incident;
        var now = journey.Next();
        incident.ScheduleCall(PlaybookInputs.Call(now), requestSent: false, Owner, now);
        Assert.Null(incident.DraftsOutdatedByFault);

        incident.CorrectRecord(Parse(AsRecorded(incident) with { Fault = Fault.ThirdParty }), Owner, journey.Next());

        Assert.Equal(Fault.Ours, incident.DraftsOutdatedByFault);
        now = journey.Next();
        incident.ScheduleCall(PlaybookInputs.Call(now), requestSent: false, Owner, now);
        Assert.Null(incident.DraftsOutdatedByFault);
    }

    [Fact]
    public void Correcting_a_fact_other_than_the_fault_leaves_the_client_texts_current()
    {
        var journey = Journey.At(PlaybookStage.ScheduleCall);
        var now = journey.Next();
        journey.Incident.ScheduleCall(PlaybookInputs.Call(now), requestSent: false, Owner, now);

        journey.Incident.CorrectRecord(Parse(AsRecorded(journey.Incident) with { Kind = IncidentKind.PoorQualityOrWrongResult }), Owner, journey.Next());

        Assert.Null(journey.Incident.DraftsOutdatedByFault);
    }

    [Fact]
    public void An_incident_without_client_texts_has_none_outdated_whatever_the_fault()
    {
        var incident = Incident.Log(Valid(), Owner, Now);

        incident.CorrectRecord(Parse(AsRecorded(incident) with { Fault = Fault.Disputed }), Owner, Now);

        Assert.Null(incident.DraftsOutdatedByFault);
    }

    [Fact]
    public void Leaving_the_first_stage_needs_the_origin_and_the_damage_that_logging_let_wait()
    {
        var incident = Incident.Log(
            Valid() with { PromisedBy = null, PromisedOn = null, PromiseChannel = null, ClientGoals = null, Damage = DamageKinds.None },
            Owner,
            Now);

        Assert.Equal(
            [
                "Record how the promise came about (who made it, when, and what the client was after) first.",
                "Choose the kinds of damage on \"Correct the record\".",
            ],
            incident.BlockersFor(PlaybookStage.ResearchAlternatives));

        incident.RecordOrigin(PlaybookInputs.Origin(), Owner, Now);
        Assert.Single(incident.BlockersFor(PlaybookStage.ResearchAlternatives));

        incident.CorrectRecord(Parse(AsRecorded(incident) with { Damage = DamageKinds.Delay }), Owner, Now);
        Assert.Empty(incident.BlockersFor(PlaybookStage.ResearchAlternatives));
        incident.MoveTo(PlaybookStage.ResearchAlternatives, Owner, Now);
        Assert.Equal(PlaybookStage.ResearchAlternatives, incident.Stage);
    }

    [Fact]
    public void Leaving_the_first_stage_needs_the_kind_the_fault_and_a_loss_figure_that_logging_let_wait()
    {
        var incident = Incident.Log(
            Valid() with { Kind = null, Fault = null, OurLossAmount = null, OurLossCurrency = null, ClientClaimedLossAmount = null, ClientClaimedLossCurrency = null },
            Owner,
            Now);
        incident.RecordOrigin(PlaybookInputs.Origin(), Owner, Now);

        Assert.Equal(
            [
                "Choose what kind of broken promise this is on \"Correct the record\".",
                "Choose whose fault it is on \"Correct the record\" (choose \"Disputed or unclear\" while it is not clear): the conversation script follows it.",
                "Enter at least an estimate of the loss (ours, or what the client claims) on \"Correct the record\"; enter 0 when there is none.",
            ],
            incident.BlockersFor(PlaybookStage.ResearchAlternatives));

        incident.CorrectRecord(Parse(AsRecorded(incident) with { Kind = IncidentKind.MissedDeadline, Fault = Fault.Ours, OurLossAmount = 0m, OurLossCurrency = "EUR" }), Owner, Now);
        Assert.Empty(incident.BlockersFor(PlaybookStage.ResearchAlternatives));
    }

    [Fact]
    public void Past_the_first_stage_the_kind_and_the_fault_cannot_be_taken_away_again()
    {
        var incident = Journey.At(PlaybookStage.ResearchAlternatives).Incident;

        var refusal = Assert.Throws<DomainException>(() => incident.CorrectRecord(Parse(AsRecorded(incident) with { Kind = null, Fault = null }), Owner, Now));

        Assert.Equal([nameof(RecordCorrection.Kind), nameof(RecordCorrection.Fault)], refusal.Violations.Select(v => v.Field));
        Assert.Empty(incident.FieldHistory);
    }

    [Fact]
    public void In_the_first_stage_a_kind_or_fault_chosen_too_early_can_be_cleared_again()
    {
        var incident = Incident.Log(Valid(), Owner, Now);

        var corrected = incident.CorrectRecord(Parse(AsRecorded(incident) with { Fault = null }), Owner, Now);

        Assert.Equal((nameof(Incident.Fault), "ours", "(none)"), (corrected[0].Field, corrected[0].OldValue, corrected[0].NewValue));
        Assert.Null(incident.Fault);
    }
}
