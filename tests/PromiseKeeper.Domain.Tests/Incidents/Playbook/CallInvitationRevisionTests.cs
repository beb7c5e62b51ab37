using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Domain.Tests.Incidents.Playbook;

/// <summary>
/// The call's invitation revision (SEQUENCE) and its cancellation: calendars replace an invitation only by a higher
/// revision of the same call, so every change the invitation shows raises it, and calling the call off cancels it.
/// </summary>
public class CallInvitationRevisionTests
{
    private static readonly DateTimeOffset CallTime = new(2025, 6, 16, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A plan at a fixed time, so saving it again changes only what <paramref name="change"/> changes.</summary>
    private static Journey PlannedAtFixedTime(Func<CallDetails, CallDetails>? change = null) =>
        Journey.At(PlaybookStage.ScheduleCall).ScheduleCall(requestSent: false, c => Fixed(c, change));

    private static CallDetails Fixed(CallDetails details, Func<CallDetails, CallDetails>? change)
    {
        var fixedTime = details with { StartsAt = CallTime };
        return change is null ? fixedTime : change(fixedTime);
    }

    [Fact]
    public void The_first_plan_is_revision_zero_and_stands()
    {
        var call = PlannedAtFixedTime().Incident.Call!;

        Assert.Equal(0, call.InviteSequence);
        Assert.False(call.IsCancelled);
        Assert.Null(call.CancelledAt);
    }

    [Fact]
    public void Saving_the_plan_with_only_its_texts_changed_keeps_the_revision()
    {
        var journey = PlannedAtFixedTime();

        journey.ScheduleCall(requestSent: false, c => Fixed(c, d => d with { CallPlan = "Listen first, then apologise and offer.", VoicemailScript = null }));

        Assert.Equal(0, journey.Incident.Call!.InviteSequence);
    }

    public static TheoryData<string, Func<CallDetails, CallDetails>> InvitationChanges => new()
    {
        { "time", d => d with { StartsAt = CallTime.AddHours(2) } },
        { "zone", d => d with { TimeZoneId = "America/New_York" } },
        { "channel", d => d with { Channel = CallChannel.Phone } },
        { "attendees", d => d with { Attendees = "Ana Novak; Maja Kovač; Luka Zupan" } },
    };

    [Theory]
    [MemberData(nameof(InvitationChanges))]
    public void Each_change_the_invitation_shows_raises_the_revision_once(string what, Func<CallDetails, CallDetails> change)
    {
        var journey = PlannedAtFixedTime();

        journey.ScheduleCall(requestSent: false, c => Fixed(c, change));
        Assert.True(journey.Incident.Call!.InviteSequence == 1, $"The {what} changed, so the revision goes up.");

        journey.ScheduleCall(requestSent: false, c => Fixed(c, change));
        Assert.True(journey.Incident.Call.InviteSequence == 1, $"Saving the same {what} again changes nothing the invitation shows.");
    }

    [Fact]
    public void Writing_instead_of_a_planned_call_cancels_it_and_raises_the_revision()
    {
        var journey = PlannedAtFixedTime();

        journey.WriteInstead(sent: false);

        var call = journey.Incident.Call!;
        Assert.Equal(ContactMode.EmailInstead, call.Mode);
        Assert.True(call.IsCancelled);
        Assert.Equal(journey.Clock, call.CancelledAt);
        Assert.Equal(1, call.InviteSequence);
        Assert.Equal(CallTime, call.StartsAt);
        Assert.Equal("Europe/Ljubljana", call.TimeZoneId);
        Assert.Equal("Ana Novak; Maja Kovač", call.Attendees);
    }

    [Fact]
    public void Saving_the_written_message_again_does_not_cancel_twice()
    {
        var journey = PlannedAtFixedTime().WriteInstead(sent: false);
        var cancelledAt = journey.Incident.Call!.CancelledAt;

        journey.WriteInstead(sent: true);

        Assert.Equal(cancelledAt, journey.Incident.Call.CancelledAt);
        Assert.Equal(1, journey.Incident.Call.InviteSequence);
    }

    [Fact]
    public void Writing_instead_without_a_planned_call_cancels_nothing()
    {
        var journey = Journey.At(PlaybookStage.ScheduleCall).WriteInstead();

        Assert.False(journey.Incident.Call!.IsCancelled);
        Assert.Equal(0, journey.Incident.Call.InviteSequence);
    }

    [Fact]
    public void Planning_the_call_again_after_writing_instead_restores_it_with_a_new_revision()
    {
        var journey = PlannedAtFixedTime().WriteInstead(sent: false);

        journey.ScheduleCall(requestSent: false, c => Fixed(c, null));

        var call = journey.Incident.Call!;
        Assert.Equal(ContactMode.Call, call.Mode);
        Assert.False(call.IsCancelled);
        Assert.Equal(2, call.InviteSequence);
    }

    [Fact]
    public void Marking_not_applicable_cancels_a_call_that_is_still_ahead()
    {
        var journey = Journey.At(PlaybookStage.ScheduleCall).ScheduleCall();

        journey.MarkNotApplicable();

        var call = journey.Incident.Call!;
        Assert.True(call.IsCancelled);
        Assert.Equal(journey.Clock, call.CancelledAt);
        Assert.Equal(1, call.InviteSequence);
        Assert.Equal(ContactMode.Call, call.Mode);
    }

    [Fact]
    public void Marking_not_applicable_after_the_call_time_leaves_the_call_as_it_was()
    {
        var journey = Journey.At(PlaybookStage.ScheduleCall);
        var startsAt = journey.Clock.AddMinutes(15);
        journey.ScheduleCall(requestSent: true, c => c with { StartsAt = startsAt });
        journey.Next();

        journey.MarkNotApplicable();

        Assert.False(journey.Incident.Call!.IsCancelled);
        Assert.Equal(0, journey.Incident.Call.InviteSequence);
    }
}
