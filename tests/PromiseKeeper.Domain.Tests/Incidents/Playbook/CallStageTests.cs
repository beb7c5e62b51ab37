using PromiseKeeper.Domain.Incidents;
using static PromiseKeeper.Domain.Tests.Incidents.Playbook.PlaybookAssert;
using static PromiseKeeper.Domain.Tests.TestDetails;

namespace PromiseKeeper.Domain.Tests.Incidents.Playbook;

/// <summary>Stage 3 on the incident: planning the call, sending the request, or writing instead.</summary>
public class CallStageTests
{
    /// <summary>Not told yet: the written message will be the first time the client hears it.</summary>
    private static IncidentDetails NotToldYet() => Valid() with { DiscoveredAt = Now.AddHours(-3), ClientToldAt = null, FirstDisclosure = null };

    [Theory]
    [InlineData(PlaybookStage.ResearchAlternatives, "Research alternatives")]
    [InlineData(PlaybookStage.Conversation, "The conversation")]
    public void The_call_can_only_be_planned_at_the_scheduling_stage(PlaybookStage stage, string stageName)
    {
        var journey = Journey.At(stage);
        var now = journey.Next();

        RefusedWith(journey.Incident,
            $"You can plan how to tell the client at the \"Schedule the call\" stage; this incident is at \"{stageName}\".",
            () => journey.Incident.ScheduleCall(PlaybookInputs.Call(now), true, Owner, now));
    }

    [Fact]
    public void Writing_instead_is_only_possible_at_the_scheduling_stage()
    {
        var journey = Journey.At(PlaybookStage.Conversation);

        var error = Refused(journey.Incident, () => journey.Incident.WriteInsteadOfCall(PlaybookInputs.EmailInstead(), true, Owner, journey.Next()));
        Assert.Contains("\"Schedule the call\" stage", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_planned_call_is_kept_trimmed_and_in_utc()
    {
        var journey = Journey.At(PlaybookStage.ScheduleCall);
        var now = journey.Next();
        var startsAt = new DateTimeOffset(2025, 6, 16, 11, 0, 0, TimeSpan.FromHours(2));

        journey.Incident.ScheduleCall(
            PlaybookInputs.Call(now) with { StartsAt = startsAt, Attendees = "  Ana Novak; Maja Kovač ", VoicemailScript = "  " },
            requestSent: false,
            Owner,
            now);

        var call = journey.Incident.Call!;
        Assert.Equal(ContactMode.Call, call.Mode);
        Assert.Equal(startsAt, call.StartsAt);
        Assert.Equal(TimeSpan.Zero, call.StartsAt!.Value.Offset);
        Assert.Equal("Europe/Ljubljana", call.TimeZoneId);
        Assert.Equal(CallChannel.Video, call.Channel);
        Assert.Equal("Ana Novak; Maja Kovač", call.Attendees);
        Assert.Null(call.VoicemailScript);
        Assert.False(call.IsSent);
        LastEvent(journey.Incident, Owner, now, "Planned the call for 2025-06-16 09:00 UTC.");
    }

    [Fact]
    public void Sending_the_request_marks_it_sent_at_that_time()
    {
        var journey = Journey.At(PlaybookStage.ScheduleCall);
        var now = journey.Next();

        journey.Incident.ScheduleCall(PlaybookInputs.Call(now) with { StartsAt = new DateTimeOffset(2025, 6, 17, 8, 30, 0, TimeSpan.Zero) }, true, Owner, now);

        Assert.True(journey.Incident.Call!.IsSent);
        Assert.Equal(now, journey.Incident.Call.SentAt);
        LastEvent(journey.Incident, Owner, now, "Planned the call for 2025-06-17 08:30 UTC and sent the email asking for it.");
    }

    [Fact]
    public void Saving_the_plan_again_keeps_the_request_sent()
    {
        var journey = Journey.At(PlaybookStage.ScheduleCall).ScheduleCall(requestSent: true);
        var sentAt = journey.Incident.Call!.SentAt;

        journey.ScheduleCall(requestSent: false, c => c with { Attendees = "Ana Novak; Maja Kovač; Luka Zupan" });

        Assert.True(journey.Incident.Call.IsSent);
        Assert.Equal(sentAt, journey.Incident.Call.SentAt);
        Assert.Equal("Ana Novak; Maja Kovač; Luka Zupan", journey.Incident.Call.Attendees);
        Assert.DoesNotContain("sent the email", journey.Incident.Timeline[^1].Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Sending_again_does_not_move_the_sent_time()
    {
        var journey = Journey.At(PlaybookStage.ScheduleCall).ScheduleCall(requestSent: true);
        var sentAt = journey.Incident.Call!.SentAt;

        journey.ScheduleCall(requestSent: true);

        Assert.Equal(sentAt, journey.Incident.Call.SentAt);
    }

    [Fact]
    public void A_call_more_than_an_hour_in_the_past_is_refused()
    {
        var journey = Journey.At(PlaybookStage.ScheduleCall);
        var now = journey.Next();

        RefusedFor(journey.Incident,
            () => journey.Incident.ScheduleCall(PlaybookInputs.Call(now) with { StartsAt = now.AddHours(-1).AddMinutes(-1) }, true, Owner, now),
            nameof(CallDetails.StartsAt));
        Assert.Null(journey.Incident.Call);
    }

    [Fact]
    public void A_call_that_started_less_than_an_hour_ago_is_accepted()
    {
        var journey = Journey.At(PlaybookStage.ScheduleCall);
        var now = journey.Next();

        journey.Incident.ScheduleCall(PlaybookInputs.Call(now) with { StartsAt = now.AddMinutes(-30) }, true, Owner, now);

        Assert.Equal(now.AddMinutes(-30), journey.Incident.Call!.StartsAt);
    }

    [Fact]
    public void A_call_more_than_a_year_away_is_refused()
    {
        var journey = Journey.At(PlaybookStage.ScheduleCall);
        var now = journey.Next();

        RefusedFor(journey.Incident,
            () => journey.Incident.ScheduleCall(PlaybookInputs.Call(now) with { StartsAt = now.AddYears(1).AddDays(1) }, true, Owner, now),
            nameof(CallDetails.StartsAt));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    [InlineData("Mars/Olympus_Mons")]
    public void The_call_needs_a_known_time_zone(string? timeZoneId)
    {
        var journey = Journey.At(PlaybookStage.ScheduleCall);
        var now = journey.Next();

        RefusedFor(journey.Incident,
            () => journey.Incident.ScheduleCall(PlaybookInputs.Call(now) with { TimeZoneId = timeZoneId }, true, Owner, now),
            nameof(CallDetails.TimeZoneId));
    }

    [Theory]
    [InlineData(nameof(CallDetails.StartsAt))]
    [InlineData(nameof(CallDetails.Channel))]
    [InlineData(nameof(CallDetails.Attendees))]
    [InlineData(nameof(CallDetails.RequestEmail))]
    [InlineData(nameof(CallDetails.CallPlan))]
    public void The_call_needs_each_required_field(string field)
    {
        var journey = Journey.At(PlaybookStage.ScheduleCall);
        var now = journey.Next();
        var valid = PlaybookInputs.Call(now);
        var details = field switch
        {
            nameof(CallDetails.StartsAt) => valid with { StartsAt = null },
            nameof(CallDetails.Channel) => valid with { Channel = null },
            nameof(CallDetails.Attendees) => valid with { Attendees = " " },
            nameof(CallDetails.RequestEmail) => valid with { RequestEmail = null },
            _ => valid with { CallPlan = "" },
        };

        RefusedFor(journey.Incident, () => journey.Incident.ScheduleCall(details, true, Owner, now), field);
    }

    [Fact]
    public void An_undefined_channel_is_refused()
    {
        var journey = Journey.At(PlaybookStage.ScheduleCall);
        var now = journey.Next();

        RefusedFor(journey.Incident,
            () => journey.Incident.ScheduleCall(PlaybookInputs.Call(now) with { Channel = (CallChannel)42 }, true, Owner, now),
            nameof(CallDetails.Channel));
    }

    [Fact]
    public void The_voicemail_script_is_optional()
    {
        var journey = Journey.At(PlaybookStage.ScheduleCall).ScheduleCall(requestSent: true, c => c with { VoicemailScript = null });

        Assert.Null(journey.Incident.Call!.VoicemailScript);
        Assert.True(journey.Incident.Call.IsSent);
    }

    [Fact]
    public void Switching_to_a_written_message_resets_the_sent_state()
    {
        var journey = Journey.At(PlaybookStage.ScheduleCall).ScheduleCall(requestSent: true);

        journey.WriteInstead(sent: false);

        var call = journey.Incident.Call!;
        Assert.Equal(ContactMode.EmailInstead, call.Mode);
        Assert.False(call.IsSent);
        Assert.Null(call.SentAt);
        Assert.NotEmpty(journey.Incident.BlockersFor(PlaybookStage.Conversation));
    }

    [Fact]
    public void Switching_back_to_a_call_resets_the_sent_state_of_the_written_message()
    {
        var journey = Journey.At(PlaybookStage.ScheduleCall).WriteInstead(sent: true);

        journey.ScheduleCall(requestSent: false);

        Assert.Equal(ContactMode.Call, journey.Incident.Call!.Mode);
        Assert.False(journey.Incident.Call.IsSent);
        Assert.Null(journey.Incident.Call.EmailInsteadMessage);
    }

    [Fact]
    public void A_drafted_written_message_is_kept_but_not_sent()
    {
        var journey = Journey.Start(NotToldYet()).WalkTo(PlaybookStage.ScheduleCall);
        var at = journey.Next();

        journey.Incident.WriteInsteadOfCall(
            new EmailInsteadDetails { Reason = "  Ana is travelling. ", Message = "  Dear Ana, I am sorry. Can we talk? ", ClientSentence = " Your reports will be late. " },
            false,
            Owner,
            at);

        var call = journey.Incident.Call!;
        Assert.Equal(ContactMode.EmailInstead, call.Mode);
        Assert.Equal("Ana is travelling.", call.EmailInsteadReason);
        Assert.Equal("Dear Ana, I am sorry. Can we talk?", call.EmailInsteadMessage);
        Assert.False(call.IsSent);
        Assert.Null(journey.Incident.ClientToldAt);
        LastEvent(journey.Incident, Owner, at, "Drafted a written message instead of a call (a call was not possible).");
    }

    [Fact]
    public void Sending_the_written_message_tells_the_client_when_they_did_not_know_yet()
    {
        var journey = Journey.Start(NotToldYet()).WalkTo(PlaybookStage.ScheduleCall);
        var at = journey.Next();

        journey.Incident.WriteInsteadOfCall(PlaybookInputs.EmailInstead(), true, Owner, at);

        Assert.Equal(at, journey.Incident.Call!.SentAt);
        Assert.Equal(at, journey.Incident.ClientToldAt);
        Assert.Equal(FirstDisclosure.WeToldTheClient, journey.Incident.FirstDisclosure);
        LastEvent(journey.Incident, Owner, at, "Sent a written message instead of a call (a call was not possible); it offers to talk.");
    }

    [Theory]
    [InlineData(FirstDisclosure.WeToldTheClient)]
    [InlineData(FirstDisclosure.ClientToldUs)]
    [InlineData(FirstDisclosure.ClientHeardElsewhere)]
    public void Sending_the_written_message_keeps_an_earlier_disclosure(FirstDisclosure disclosure)
    {
        var toldAt = Now.AddHours(-20);
        var journey = Journey.Start(Valid() with { ClientToldAt = toldAt, FirstDisclosure = disclosure }).WalkTo(PlaybookStage.ScheduleCall);

        journey.WriteInstead(sent: true);

        Assert.Equal(toldAt, journey.Incident.ClientToldAt);
        Assert.Equal(disclosure, journey.Incident.FirstDisclosure);
    }

    [Fact]
    public void A_sent_written_message_can_no_longer_be_changed()
    {
        var journey = Journey.At(PlaybookStage.ScheduleCall).WriteInstead(sent: true);
        var sent = journey.Incident.Call!.EmailInsteadMessage;

        var refusal = Assert.Throws<DomainException>(() =>
            journey.WriteInstead(sent: false, PlaybookInputs.EmailInstead() with { Message = "Dear Ana, corrected wording. Happy to talk." }));

        Assert.Contains("already been sent", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(sent, journey.Incident.Call.EmailInsteadMessage);
    }

    [Fact]
    public void A_sent_request_email_keeps_its_text_but_the_plan_around_it_can_change()
    {
        var journey = Journey.At(PlaybookStage.ScheduleCall).ScheduleCall(requestSent: true);
        var sentAt = journey.Incident.Call!.SentAt;

        var refusal = Assert.Throws<DomainException>(() =>
            journey.ScheduleCall(requestSent: false, d => d with { RequestEmail = "Subject: Call\n\nDear Ana, a different text." }));
        journey.ScheduleCall(requestSent: false, d => d with { CallPlan = "A revised plan for the call." });

        Assert.Equal(nameof(CallDetails.RequestEmail), Assert.Single(refusal.Violations).Field);
        Assert.Equal("A revised plan for the call.", journey.Incident.Call.CallPlan);
        Assert.Equal(sentAt, journey.Incident.Call.SentAt);
    }

    [Fact]
    public void Draft_facts_ignore_a_planned_call_once_the_client_is_written_to_instead()
    {
        var journey = Journey.At(PlaybookStage.ScheduleCall).ScheduleCall(requestSent: false).WriteInstead(sent: false);

        var facts = journey.Incident.ToDraftFacts("Acme", "Maja Kovač");

        Assert.Null(facts.CallStartsAt);
        Assert.Null(facts.CallChannel);
    }

    [Theory]
    [InlineData(null, "Message", nameof(EmailInsteadDetails.Reason))]
    [InlineData("Reason", " ", nameof(EmailInsteadDetails.Message))]
    public void The_written_message_needs_a_reason_and_a_text(string? reason, string? message, string field)
    {
        var journey = Journey.At(PlaybookStage.ScheduleCall);

        RefusedFor(journey.Incident,
            () => journey.Incident.WriteInsteadOfCall(new EmailInsteadDetails { Reason = reason, Message = message, ClientSentence = "Your reports will be late." }, true, Owner, journey.Next()),
            field);
        Assert.Null(journey.Incident.Call);
    }
}
