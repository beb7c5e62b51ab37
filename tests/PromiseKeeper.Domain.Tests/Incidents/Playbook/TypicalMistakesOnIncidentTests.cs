using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Domain.Texts;
using static PromiseKeeper.Domain.Tests.TestDetails;

namespace PromiseKeeper.Domain.Tests.Incidents.Playbook;

/// <summary>The five typical mistakes (A–E) as <see cref="Incident.FindMistakes"/> computes them from the record, each on and off.</summary>
public class TypicalMistakesOnIncidentTests
{
    private const string Blame = "Dear Ana, as discussed, we never promised that date. The new date is 30 June.";

    private static string Letters(Journey journey) => Letters(journey.Incident, journey.Clock);

    private static string Letters(Incident incident, DateTimeOffset now) => string.Concat(incident.FindMistakes(now).Select(m => m.Letter));

    private static Journey Told(DateTimeOffset discoveredAt, DateTimeOffset? toldAt, FirstDisclosure? disclosure) =>
        Journey.Start(Valid() with { DiscoveredAt = discoveredAt, ClientToldAt = toldAt, FirstDisclosure = disclosure });

    /// <summary>A third party's fault, so that only the mistakes under test can apply after the conversation.</summary>
    private static Journey ThirdPartyAtConversation() =>
        Journey.At(PlaybookStage.Conversation, Valid() with { Fault = Fault.ThirdParty });

    [Fact]
    public void A_well_handled_incident_has_no_mistakes_at_any_stage()
    {
        var journey = Journey.Start();
        foreach (var stage in PlaybookTransitions.MainPath.Skip(1))
        {
            journey.WalkTo(stage);
            Assert.Empty(journey.Incident.FindMistakes(journey.Clock));
        }
    }

    [Theory]
    [InlineData(FirstDisclosure.ClientToldUs, "The client noticed the problem and told us 1 hour after we knew, before we had told them.")]
    [InlineData(FirstDisclosure.ClientHeardElsewhere, "The client heard about it from someone else 1 hour after we knew, before we had told them.")]
    public void A_applies_when_the_client_found_out_without_us_after_we_knew(FirstDisclosure disclosure, string detail)
    {
        var journey = Told(Now.AddHours(-3), Now.AddHours(-2), disclosure);

        var finding = Assert.Single(journey.Incident.FindMistakes(Now));
        Assert.Equal('A', finding.Letter);
        Assert.Equal(detail, finding.Detail);
    }

    [Fact]
    public void A_counts_minutes_when_the_client_found_out_within_the_hour_after_we_knew()
    {
        var journey = Told(Now.AddHours(-3), Now.AddHours(-3).AddMinutes(20), FirstDisclosure.ClientToldUs);

        Assert.Equal("The client noticed the problem and told us 20 minutes after we knew, before we had told them.", journey.Incident.FindMistakes(Now).Single().Detail);
    }

    [Theory]
    [InlineData(FirstDisclosure.ClientToldUs, 0)]
    [InlineData(FirstDisclosure.ClientHeardElsewhere, 0)]
    [InlineData(FirstDisclosure.ClientHeardElsewhere, -5)]
    public void A_does_not_apply_when_the_client_knew_before_we_did(FirstDisclosure disclosure, int hoursAfterDiscovery)
    {
        // The client told us something we did not know: there was nothing we could have told them first.
        var journey = Told(Now.AddHours(-30), Now.AddHours(-30 + hoursAfterDiscovery), disclosure);

        Assert.Equal("", Letters(journey.Incident, Now.AddDays(5)));
    }

    [Fact]
    public void A_fresh_incident_says_when_the_client_must_hear_it_from_us()
    {
        var journey = Told(Now.AddHours(-1), null, null);

        Assert.Equal(Now.AddHours(23), journey.Incident.TellClientBy);
    }

    [Theory]
    [InlineData(FirstDisclosure.WeToldTheClient)]
    [InlineData(FirstDisclosure.ClientToldUs)]
    [InlineData(FirstDisclosure.ClientHeardElsewhere)]
    public void No_deadline_to_tell_the_client_once_they_know(FirstDisclosure disclosure)
    {
        var journey = Told(Now.AddHours(-1), Now.AddMinutes(-30), disclosure);

        Assert.Null(journey.Incident.TellClientBy);
    }

    [Fact]
    public void No_deadline_to_tell_the_client_once_the_incident_is_finished()
    {
        var journey = Told(Now.AddHours(-1), null, null).MarkNotApplicable();

        Assert.Null(journey.Incident.TellClientBy);
    }

    [Fact]
    public void A_applies_when_the_client_was_told_more_than_a_day_after_discovery()
    {
        var journey = Told(Now.AddHours(-30), Now.AddHours(-5), FirstDisclosure.WeToldTheClient);

        var finding = Assert.Single(journey.Incident.FindMistakes(Now));
        Assert.Equal('A', finding.Letter);
        Assert.Equal("The client was told 25 hours after we discovered the problem.", finding.Detail);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(24)]
    public void A_does_not_apply_when_we_told_the_client_within_a_day(int hoursAfterDiscovery)
    {
        var journey = Told(Now.AddHours(-30), Now.AddHours(-30 + hoursAfterDiscovery), FirstDisclosure.WeToldTheClient);

        Assert.Equal("", Letters(journey.Incident, Now.AddDays(5)));
    }

    [Fact]
    public void A_applies_while_the_client_has_not_been_told_for_more_than_a_day()
    {
        var journey = Told(Now.AddHours(-20), null, null);

        var finding = Assert.Single(journey.Incident.FindMistakes(Now.AddHours(5)));
        Assert.Equal('A', finding.Letter);
        Assert.Equal("We discovered the problem 25 hours ago and the client has not been told yet.", finding.Detail);
        Assert.Equal("We discovered the problem 3 days ago and the client has not been told yet.", journey.Incident.FindMistakes(Now.AddDays(3)).Single().Detail);
    }

    [Fact]
    public void A_does_not_apply_while_less_than_a_day_has_passed()
    {
        var journey = Told(Now.AddHours(-20), null, null);

        Assert.Equal("", Letters(journey.Incident, Now.AddHours(3)));
    }

    [Fact]
    public void A_does_not_apply_to_an_untold_client_once_the_incident_is_finished()
    {
        var journey = Told(Now.AddHours(-20), null, null).MarkNotApplicable();

        Assert.Equal("", Letters(journey.Incident, Now.AddDays(3)));
    }

    [Fact]
    public void A_stays_when_the_written_message_goes_out_too_late()
    {
        var journey = Journey.Start(Valid() with { DiscoveredAt = Now.AddDays(-2), ClientToldAt = null, FirstDisclosure = null })
            .WalkTo(PlaybookStage.ScheduleCall)
            .WriteInstead(sent: true);

        var finding = Assert.Single(journey.Incident.FindMistakes(journey.Clock));
        Assert.Equal('A', finding.Letter);
        Assert.StartsWith("The client was told 2 days after", finding.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_goes_away_when_the_written_message_goes_out_in_time()
    {
        var journey = Journey.Start(Valid() with { DiscoveredAt = Now.AddHours(-20), ClientToldAt = null, FirstDisclosure = null })
            .WalkTo(PlaybookStage.ScheduleCall)
            .WriteInstead(sent: true);

        Assert.Equal("", Letters(journey.Incident, journey.Clock.AddDays(5)));
    }

    [Fact]
    public void B_applies_when_the_client_could_not_say_how_they_feel()
    {
        var journey = Journey.At(PlaybookStage.Conversation).RecordConversation(c => c with { ClientSharedFeelings = false });

        var finding = Assert.Single(journey.Incident.FindMistakes(journey.Clock));
        Assert.Equal('B', finding.Letter);
        Assert.Equal("The conversation record says the client did not get to say how they feel.", finding.Detail);
    }

    [Fact]
    public void B_does_not_apply_when_the_client_could_vent()
    {
        var journey = Journey.At(PlaybookStage.Conversation).RecordConversation(c => c with { ClientSharedFeelings = true });

        Assert.Equal("", Letters(journey));
    }

    [Fact]
    public void B_does_not_apply_before_the_conversation()
    {
        Assert.Equal("", Letters(Journey.At(PlaybookStage.Conversation)));
    }

    [Theory]
    [InlineData(Acknowledgement.None)]
    [InlineData(Acknowledgement.ClarifiedAndMovedOn)]
    public void C_applies_when_a_sent_text_blames_and_nobody_apologised(Acknowledgement acknowledgement)
    {
        var journey = ThirdPartyAtConversation()
            .RecordConversation(c => c with { Acknowledgement = acknowledgement })
            .MoveTo(PlaybookStage.FollowUpRecap)
            .SaveRecap(Blame, send: true);

        var finding = Assert.Single(journey.Incident.FindMistakes(journey.Clock));
        Assert.Equal('C', finding.Letter);
        Assert.Contains("\"we never promised\"", finding.Detail, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void C_does_not_apply_when_we_apologised()
    {
        var journey = ThirdPartyAtConversation()
            .RecordConversation(c => c with { Acknowledgement = Acknowledgement.Apology })
            .MoveTo(PlaybookStage.FollowUpRecap)
            .SaveRecap(Blame, send: true);

        Assert.Equal("", Letters(journey));
    }

    [Fact]
    public void C_does_not_apply_when_the_blame_is_only_in_a_draft()
    {
        var journey = ThirdPartyAtConversation()
            .RecordConversation(c => c with { Acknowledgement = Acknowledgement.None })
            .MoveTo(PlaybookStage.FollowUpRecap)
            .SaveRecap(Blame, send: false);

        Assert.Equal("", Letters(journey));
    }

    [Fact]
    public void C_applies_to_a_sent_call_request_before_any_apology_is_recorded()
    {
        var journey = Journey.At(PlaybookStage.ScheduleCall)
            .ScheduleCall(requestSent: true, c => c with { RequestEmail = "Dear Ana, my colleague promised you the end of May. Can we talk?" });

        Assert.Equal("C", Letters(journey));
    }

    [Theory]
    [InlineData(Acknowledgement.Apology, OfferResponse.Countered)]
    [InlineData(Acknowledgement.Apology, OfferResponse.Rejected)]
    [InlineData(Acknowledgement.Regret, OfferResponse.Countered)]
    [InlineData(Acknowledgement.Regret, OfferResponse.Rejected)]
    public void D_applies_when_we_apologised_but_no_solution_was_accepted(Acknowledgement acknowledgement, OfferResponse response)
    {
        var journey = ThirdPartyAtConversation()
            .RecordConversation(c => c with { Acknowledgement = acknowledgement, OfferResponse = response, ResponseNote = "Wants a refund." });

        var finding = Assert.Single(journey.Incident.FindMistakes(journey.Clock));
        Assert.Equal('D', finding.Letter);
        Assert.Equal("We apologised or expressed regret, but the client has not accepted a solution yet.", finding.Detail);
    }

    [Theory]
    [InlineData(Acknowledgement.Apology)]
    [InlineData(Acknowledgement.Regret)]
    public void D_does_not_apply_once_the_solution_is_accepted(Acknowledgement acknowledgement)
    {
        var journey = ThirdPartyAtConversation().RecordConversation(c => c with { Acknowledgement = acknowledgement });

        Assert.Equal("", Letters(journey));
    }

    [Fact]
    public void D_does_not_apply_without_an_apology_or_regret()
    {
        var journey = ThirdPartyAtConversation()
            .RecordConversation(c => c with { Acknowledgement = Acknowledgement.ClarifiedAndMovedOn, OfferResponse = OfferResponse.Rejected, ResponseNote = "No." });

        Assert.Equal("", Letters(journey));
    }

    [Theory]
    [InlineData(Acknowledgement.Regret)]
    [InlineData(Acknowledgement.None)]
    [InlineData(Acknowledgement.ClarifiedAndMovedOn)]
    public void E_applies_when_our_fault_was_solved_without_an_apology(Acknowledgement acknowledgement)
    {
        var journey = Journey.At(PlaybookStage.Conversation).RecordConversation(c => c with { Acknowledgement = acknowledgement });

        var finding = Assert.Single(journey.Incident.FindMistakes(journey.Clock));
        Assert.Equal('E', finding.Letter);
        Assert.Equal("The client accepted the solution, but the fault is ours and no apology is recorded.", finding.Detail);
    }

    [Fact]
    public void E_does_not_apply_when_we_apologised_for_our_fault()
    {
        var journey = Journey.At(PlaybookStage.Conversation).RecordConversation(c => c with { Acknowledgement = Acknowledgement.Apology });

        Assert.Equal("", Letters(journey));
    }

    [Theory]
    [InlineData(Fault.ThirdParty, Acknowledgement.Regret)]
    [InlineData(Fault.ForceMajeure, Acknowledgement.Regret)]
    [InlineData(Fault.Disputed, Acknowledgement.ClarifiedAndMovedOn)]
    public void E_does_not_apply_when_the_fault_is_not_ours(Fault fault, Acknowledgement acknowledgement)
    {
        var journey = Journey.At(PlaybookStage.Conversation, Valid() with { Fault = fault })
            .RecordConversation(c => c with { Acknowledgement = acknowledgement });

        Assert.Equal("", Letters(journey));
    }

    [Fact]
    public void E_does_not_apply_while_the_solution_is_not_accepted()
    {
        var journey = Journey.At(PlaybookStage.Conversation)
            .RecordConversation(c => c with { Acknowledgement = Acknowledgement.None, OfferResponse = OfferResponse.Countered, ResponseNote = "More, please." });

        Assert.Equal("", Letters(journey));
    }

    [Fact]
    public void Several_mistakes_are_listed_in_letter_order()
    {
        var journey = Journey.At(PlaybookStage.Conversation, Valid() with { FirstDisclosure = FirstDisclosure.ClientToldUs })
            .RecordConversation(c => c with { ClientSharedFeelings = false, Acknowledgement = Acknowledgement.Regret, OfferResponse = OfferResponse.Rejected, ResponseNote = "No." });

        Assert.Equal("ABD", Letters(journey));
    }

    [Fact]
    public void Each_mistake_carries_its_title_and_explanation_from_the_text_file()
    {
        var expected = "ABCDE".ToDictionary(
            letter => letter,
            letter => (Title: TextCatalog.Get("typical-mistakes.txt", $"{letter}.title"), Explanation: TextCatalog.Get("typical-mistakes.txt", $"{letter}.explanation")));

        // A, B, C and D on one incident; E needs an accepted offer, so a second one.
        var first = Journey.At(PlaybookStage.Conversation, Valid() with { FirstDisclosure = FirstDisclosure.ClientHeardElsewhere })
            .RecordConversation(c => c with { ClientSharedFeelings = false, Acknowledgement = Acknowledgement.Regret, OfferResponse = OfferResponse.Countered, ResponseNote = "A refund." })
            .MoveTo(PlaybookStage.FollowUpRecap)
            .SaveRecap("Dear Ana, it was just an estimate, but we will help.", send: true);
        var second = Journey.At(PlaybookStage.Conversation).RecordConversation(c => c with { Acknowledgement = Acknowledgement.None });
        var findings = first.Incident.FindMistakes(first.Clock).Concat(second.Incident.FindMistakes(second.Clock)).ToList();

        Assert.Equal("ABDE", string.Concat(findings.Select(f => f.Letter)));
        Assert.All(findings, f =>
        {
            Assert.False(string.IsNullOrWhiteSpace(f.Title));
            Assert.False(string.IsNullOrWhiteSpace(f.Explanation));
            Assert.False(string.IsNullOrWhiteSpace(f.Detail));
            Assert.Equal(expected[f.Letter].Title, f.Title);
            Assert.Equal(expected[f.Letter].Explanation, f.Explanation);
        });
    }

    [Fact]
    public void Mistake_C_carries_its_title_and_explanation_from_the_text_file()
    {
        var parts = new[] { "C", TextCatalog.Get("typical-mistakes.txt", "C.title"), TextCatalog.Get("typical-mistakes.txt", "C.explanation") };
        var journey = Journey.At(PlaybookStage.ScheduleCall)
            .ScheduleCall(requestSent: true, c => c with { RequestEmail = "Dear Ana, my colleague promised you the end of May. Can we talk?" });

        var finding = Assert.Single(journey.Incident.FindMistakes(journey.Clock));

        Assert.Equal(parts[1], finding.Title);
        Assert.Equal(parts[2], finding.Explanation);
    }
}
