using PromiseKeeper.Domain.Incidents;
using static PromiseKeeper.Domain.Tests.Incidents.Playbook.PlaybookAssert;
using static PromiseKeeper.Domain.Tests.TestDetails;

namespace PromiseKeeper.Domain.Tests.Incidents.Playbook;

/// <summary>Stage 1 on the incident: recording the origin of the promise, contract links, and evidence.</summary>
public class OriginStageTests
{
    [Theory]
    [InlineData(PlaybookStage.InvestigateOrigin)]
    [InlineData(PlaybookStage.ResearchAlternatives)]
    [InlineData(PlaybookStage.ScheduleCall)]
    [InlineData(PlaybookStage.Conversation)]
    [InlineData(PlaybookStage.FollowUpRecap)]
    [InlineData(PlaybookStage.InternalRetro)]
    public void The_origin_can_be_recorded_or_corrected_at_any_open_stage(PlaybookStage stage)
    {
        var journey = Journey.At(stage);

        journey.RecordOrigin(PlaybookInputs.Origin() with { PromisedBy = "Nina Kralj", PromisedByHasLeft = false, Reason = "Nina made the promise; Peter only passed it on." });

        Assert.Equal("Nina Kralj", journey.Incident.PromisedBy);
        Assert.False(journey.Incident.PromisedByHasLeft);
        Assert.Equal(stage, journey.Incident.Stage);
    }

    [Fact]
    public void Recording_the_origin_keeps_what_was_found_trimmed()
    {
        var journey = Journey.Start();
        var at = journey.Next();

        journey.Incident.RecordOrigin(
            new OriginDetails
            {
                PromiseChannel = PromiseChannel.Meeting,
                PromiseReference = "  Kick-off meeting notes  ",
                PromisedOn = new DateOnly(2025, 2, 20),
                PromisedBy = "  Peter Horvat ",
                PromisedByHasLeft = true,
                ContractReference = "   ",
                ClientGoals = " Faster month-end close. ",
                Findings = "  Peter named the date in the kick-off without asking the team. ",
            },
            Owner,
            at);

        var incident = journey.Incident;
        Assert.Equal(PromiseChannel.Meeting, incident.PromiseChannel);
        Assert.Equal("Kick-off meeting notes", incident.PromiseReference);
        Assert.Equal(new DateOnly(2025, 2, 20), incident.PromisedOn);
        Assert.Equal("Peter Horvat", incident.PromisedBy);
        Assert.True(incident.PromisedByHasLeft);
        Assert.Null(incident.ContractReference);
        Assert.Equal("Faster month-end close.", incident.ClientGoals);
        Assert.Equal("Peter named the date in the kick-off without asking the team.", incident.OriginFindings);
        Assert.True(incident.IsOriginRecorded);
        Assert.Equal(at, incident.OriginRecordedAt);
        LastEvent(incident, Owner, at, "Recorded where the promise came from: made by Peter Horvat (no longer with the company) on 2025-02-20.");
    }

    [Fact]
    public void Correcting_the_origin_says_updated_and_keeps_the_first_recording_time()
    {
        var journey = Journey.Start().RecordOrigin();
        var first = journey.Clock;

        var at = journey.Next();
        journey.Incident.RecordOrigin(PlaybookInputs.Origin() with { PromisedBy = "Nina Kralj", PromisedByHasLeft = false, Reason = "Nina made the promise; Peter only passed it on." }, Owner, at);

        Assert.Equal(first, journey.Incident.OriginRecordedAt);
        LastEvent(journey.Incident, Owner, at, "Updated where the promise came from: made by Nina Kralj on 2025-03-01.");
    }

    [Fact]
    public void Adding_a_contract_reference_marks_the_incident_for_legal_review()
    {
        var journey = Journey.Start();
        Assert.False(journey.Incident.IsContractLinked);
        var before = journey.Incident.Timeline.Count;

        journey.RecordOrigin(PlaybookInputs.Origin() with { PromiseChannel = PromiseChannel.ContractClause, ContractReference = " MSA 2024-07, clause 4.2 " });

        Assert.True(journey.Incident.IsContractLinked);
        Assert.Equal("MSA 2024-07, clause 4.2", journey.Incident.ContractReference);
        Assert.Equal(before + 2, journey.Incident.Timeline.Count);
        LastEvent(journey.Incident, Owner, journey.Clock, "Marked as contract-linked (MSA 2024-07, clause 4.2): legal review is needed.");
    }

    [Fact]
    public void Removing_the_contract_reference_is_recorded()
    {
        var journey = Journey.Start(Valid() with { ContractReference = "SOW 3" });
        Assert.True(journey.Incident.IsContractLinked);
        var before = journey.Incident.Timeline.Count;

        journey.RecordOrigin(PlaybookInputs.Origin() with { ContractReference = null });

        Assert.False(journey.Incident.IsContractLinked);
        Assert.Equal(before + 2, journey.Incident.Timeline.Count);
        LastEvent(journey.Incident, Owner, journey.Clock, "Removed the contract reference: the incident is no longer marked as contract-linked.");
    }

    [Fact]
    public void Keeping_the_contract_reference_adds_no_legal_event()
    {
        var journey = Journey.Start(Valid() with { ContractReference = "SOW 3" });
        var before = journey.Incident.Timeline.Count;

        journey.RecordOrigin(PlaybookInputs.Origin() with { ContractReference = "SOW 3, amended" });

        Assert.True(journey.Incident.IsContractLinked);
        Assert.Equal(before + 1, journey.Incident.Timeline.Count);
        Assert.DoesNotContain("legal", journey.Incident.Timeline[^1].Description, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_origin_is_refused_with_every_missing_field()
    {
        var journey = Journey.Start();

        RefusedFor(journey.Incident, () => journey.Incident.RecordOrigin(new OriginDetails(), Owner, journey.Next()),
            nameof(OriginDetails.PromiseChannel), nameof(OriginDetails.PromisedOn), nameof(OriginDetails.PromisedBy),
            nameof(OriginDetails.ClientGoals), nameof(OriginDetails.Findings));
        Assert.False(journey.Incident.IsOriginRecorded);
    }

    [Fact]
    public void A_contract_clause_without_a_reference_is_refused()
    {
        var journey = Journey.Start();

        RefusedFor(journey.Incident,
            () => journey.Incident.RecordOrigin(PlaybookInputs.Origin() with { PromiseChannel = PromiseChannel.ContractClause, ContractReference = " " }, Owner, journey.Next()),
            nameof(OriginDetails.ContractReference));
    }

    [Fact]
    public void A_promise_date_in_the_future_is_refused()
    {
        var journey = Journey.Start();

        RefusedFor(journey.Incident,
            () => journey.Incident.RecordOrigin(PlaybookInputs.Origin() with { PromisedOn = new DateOnly(2025, 6, 20) }, Owner, journey.Next()),
            nameof(OriginDetails.PromisedOn));
    }

    [Fact]
    public void A_refused_origin_changes_nothing()
    {
        var journey = Journey.Start();

        Refused(journey.Incident, () => journey.Incident.RecordOrigin(PlaybookInputs.Origin() with { Findings = null, PromisedBy = "Someone Else" }, Owner, journey.Next()));

        Assert.Equal("Peter Horvat", journey.Incident.PromisedBy);
        Assert.Null(journey.Incident.OriginFindings);
    }

    [Fact]
    public void The_origin_of_a_closed_incident_cannot_be_changed()
    {
        var journey = Journey.At(PlaybookStage.Closed);

        RefusedWith(journey.Incident,
            "This incident is closed, so you cannot change the origin of the promise any more.",
            () => journey.Incident.RecordOrigin(PlaybookInputs.Origin(), Owner, journey.Next()));
    }

    [Fact]
    public void Pasted_evidence_is_kept_with_who_added_it()
    {
        var journey = Journey.Start();
        var at = journey.Next();

        var item = journey.Incident.AddPastedEvidence("  Re: Reporting timeline ", "  End of May, guaranteed. \n", Journey.Lead, at);

        Assert.Same(item, Assert.Single(journey.Incident.Evidence));
        Assert.NotEqual(Guid.Empty, item.Id);
        Assert.Equal("Re: Reporting timeline", item.Title);
        Assert.Equal("End of May, guaranteed.", item.PastedText);
        Assert.False(item.IsDocument);
        Assert.Equal(Journey.Lead.DisplayName, item.AddedByName);
        Assert.Equal(at, item.AddedAt);
        LastEvent(journey.Incident, Journey.Lead, at, "Added evidence: \"Re: Reporting timeline\" (pasted text).");
    }

    [Theory]
    [InlineData(null, "text", "Title")]
    [InlineData(" ", "text", "Title")]
    [InlineData("Title", null, "Text")]
    [InlineData("Title", "  ", "Text")]
    public void Pasted_evidence_needs_a_title_and_a_text(string? title, string? text, string field)
    {
        var journey = Journey.Start();

        RefusedFor(journey.Incident, () => journey.Incident.AddPastedEvidence(title, text, Owner, journey.Next()), field);
        Assert.Empty(journey.Incident.Evidence);
    }

    [Fact]
    public void Pasted_evidence_with_neither_title_nor_text_names_both()
    {
        var journey = Journey.Start();

        RefusedFor(journey.Incident, () => journey.Incident.AddPastedEvidence(null, null, Owner, journey.Next()), "Title", "Text");
    }

    [Fact]
    public void Pasted_evidence_over_the_limits_is_refused()
    {
        var journey = Journey.Start();

        RefusedFor(journey.Incident,
            () => journey.Incident.AddPastedEvidence(new string('t', EvidenceItem.TitleMaxLength + 1), new string('x', EvidenceItem.PastedTextMaxLength + 1), Owner, journey.Next()),
            "Title", "Text");
    }

    [Fact]
    public void Pasted_evidence_at_the_limits_is_kept()
    {
        var journey = Journey.Start();

        var item = journey.Incident.AddPastedEvidence(new string('t', EvidenceItem.TitleMaxLength), new string('x', EvidenceItem.PastedTextMaxLength), Owner, journey.Next());

        Assert.Equal(EvidenceItem.PastedTextMaxLength, item.PastedText!.Length);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void A_document_without_a_title_is_named_after_its_checked_file(string? title)
    {
        var journey = Journey.Start();
        var at = journey.Next();

        var item = journey.Incident.AddDocumentEvidence(title, PlaybookInputs.Pdf("sow-2025.pdf"), Owner, at);

        Assert.Equal("sow-2025.pdf", item.Title);
        Assert.Equal("sow-2025.pdf", item.FileName);
        Assert.Equal("application/pdf", item.ContentType);
        Assert.Equal(48_000, item.SizeBytes);
        Assert.True(item.IsDocument);
        Assert.Null(item.PastedText);
        LastEvent(journey.Incident, Owner, at, "Added evidence: \"sow-2025.pdf\" (sow-2025.pdf).");
    }

    [Fact]
    public void A_document_keeps_its_given_title()
    {
        var journey = Journey.Start();

        var item = journey.Incident.AddDocumentEvidence("  Signed SOW ", PlaybookInputs.Pdf(), Owner, journey.Next());

        Assert.Equal("Signed SOW", item.Title);
        Assert.Equal("statement-of-work.pdf", item.FileName);
    }

    [Fact]
    public void A_document_title_over_the_limit_is_refused()
    {
        var journey = Journey.Start();

        RefusedFor(journey.Incident,
            () => journey.Incident.AddDocumentEvidence(new string('t', EvidenceItem.TitleMaxLength + 1), PlaybookInputs.Pdf(), Owner, journey.Next()),
            "Title");
    }

    [Fact]
    public void Evidence_can_still_be_added_at_a_later_stage()
    {
        var journey = Journey.At(PlaybookStage.FollowUpRecap);

        journey.Incident.AddPastedEvidence("Ana's reply", "Thanks, that works for us.", Owner, journey.Next());

        Assert.Single(journey.Incident.Evidence);
    }

    [Fact]
    public void Evidence_cannot_be_added_to_a_closed_incident()
    {
        var journey = Journey.At(PlaybookStage.Closed);

        RefusedWith(journey.Incident,
            "This incident is closed, so you cannot add evidence any more.",
            () => journey.Incident.AddDocumentEvidence(null, PlaybookInputs.Pdf(), Owner, journey.Next()));
    }
}
