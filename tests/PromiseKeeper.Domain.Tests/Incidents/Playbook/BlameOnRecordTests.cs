using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Domain.Language;
using static PromiseKeeper.Domain.Tests.TestDetails;

namespace PromiseKeeper.Domain.Tests.Incidents.Playbook;

/// <summary>Blame language in client-facing texts stays on the incident's record, with whether the text was sent.</summary>
public class BlameOnRecordTests
{
    private const string Denial = "Dear Ana, to be clear, we never promised that date. We will still help.";

    [Fact]
    public void A_sent_recap_with_blame_language_is_recorded_as_sent()
    {
        var journey = Journey.At(PlaybookStage.FollowUpRecap);
        var at = journey.Next();

        journey.Incident.SaveRecap(Denial, true, Owner, at);

        var finding = Assert.Single(journey.Incident.BlameFindings);
        Assert.Equal(ClientTextKind.Recap, finding.Text);
        Assert.Equal(BlameCategory.DeniesPromise, finding.Category);
        Assert.Equal("we never promised", finding.Phrase, ignoreCase: true);
        Assert.True(finding.WasSent);
        Assert.Equal(at, finding.RecordedAt);
    }

    [Fact]
    public void Sending_still_works_with_a_finding()
    {
        var journey = Journey.At(PlaybookStage.FollowUpRecap).SaveRecap(Denial, send: true);

        Assert.True(journey.Incident.Recap!.IsSent);
        Assert.Empty(journey.Incident.BlockersFor(PlaybookStage.InternalRetro));
    }

    [Fact]
    public void A_draft_with_blame_language_is_recorded_as_not_sent()
    {
        var journey = Journey.At(PlaybookStage.FollowUpRecap).SaveRecap(Denial, send: false);

        var finding = Assert.Single(journey.Incident.BlameFindings);
        Assert.False(finding.WasSent);
    }

    [Fact]
    public void The_same_phrase_saved_twice_is_recorded_once()
    {
        var journey = Journey.At(PlaybookStage.FollowUpRecap).SaveRecap(Denial, send: false);

        journey.SaveRecap(Denial + " Kind regards, Maja", send: false);

        Assert.Single(journey.Incident.BlameFindings);
    }

    [Fact]
    public void A_draft_that_is_then_sent_is_on_record_both_as_draft_and_as_sent()
    {
        var journey = Journey.At(PlaybookStage.FollowUpRecap).SaveRecap(Denial, send: false).SaveRecap(Denial, send: true);

        Assert.Equal([false, true], journey.Incident.BlameFindings.Select(f => f.WasSent));
    }

    [Fact]
    public void A_finding_stays_on_record_after_the_text_is_corrected()
    {
        var journey = Journey.At(PlaybookStage.FollowUpRecap).SaveRecap(Denial, send: false);

        journey.SaveRecap(PlaybookInputs.RecapText, send: true);

        var finding = Assert.Single(journey.Incident.BlameFindings);
        Assert.False(finding.WasSent);
    }

    [Theory]
    [InlineData(PlaybookInputs.RecapText)]
    [InlineData("Dear Ana, we promised the module for the end of May and we did not keep that promise. I am sorry.")]
    [InlineData("None of this is your fault. We will deliver by 30 June and I will call you every Friday until then.")]
    public void Careful_wording_records_nothing(string text)
    {
        var journey = Journey.At(PlaybookStage.FollowUpRecap).SaveRecap(text, send: true);

        Assert.Empty(journey.Incident.BlameFindings);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_call_request_is_on_record_as_sent_or_not(bool requestSent)
    {
        var journey = Journey.At(PlaybookStage.ScheduleCall)
            .ScheduleCall(requestSent, c => c with { RequestEmail = "Dear Ana, my colleague promised you the end of May. Can we talk?" });

        var finding = Assert.Single(journey.Incident.BlameFindings);
        Assert.Equal(ClientTextKind.CallRequestEmail, finding.Text);
        Assert.Equal(BlameCategory.BlamesColleague, finding.Category);
        Assert.Equal(requestSent, finding.WasSent);
    }

    [Fact]
    public void The_voicemail_script_and_the_call_plan_are_never_on_record_as_sent()
    {
        var journey = Journey.At(PlaybookStage.ScheduleCall).ScheduleCall(requestSent: true, c => c with
        {
            VoicemailScript = "Hi Ana, we never promised that date, but call me back.",
            CallPlan = "Explain that it was just an estimate.",
        });

        Assert.Equal(
            [(ClientTextKind.VoicemailScript, false), (ClientTextKind.CallPlan, false)],
            journey.Incident.BlameFindings.Select(f => (f.Text, f.WasSent)));
    }

    [Fact]
    public void A_written_message_sent_instead_of_a_call_is_on_record_as_sent()
    {
        var journey = Journey.At(PlaybookStage.ScheduleCall)
            .WriteInstead(sent: true, PlaybookInputs.EmailInstead() with { Message = "Dear Ana, we never promised that date. Happy to talk." });

        var finding = Assert.Single(journey.Incident.BlameFindings);
        Assert.Equal(ClientTextKind.EmailInsteadOfCall, finding.Text);
        Assert.True(finding.WasSent);
    }
}
