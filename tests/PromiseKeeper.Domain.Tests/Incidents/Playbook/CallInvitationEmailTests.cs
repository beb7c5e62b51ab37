using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Domain.Tests.Incidents.Playbook;

/// <summary>What the incident keeps of its emailed invitation: the revision the attendees hold and who holds it.</summary>
public class CallInvitationEmailTests
{
    private static readonly string[] Addresses = ["ana@client.example", "maja@us.example"];

    [Fact]
    public void Emailing_the_invitation_records_the_revision_and_who_holds_it()
    {
        var journey = Journey.At(PlaybookStage.ScheduleCall).ScheduleCall();

        journey.Incident.RecordCallInvitationEmailed(Addresses, TestDetails.Owner, journey.Next());

        var call = journey.Incident.Call!;
        Assert.Equal(0, call.EmailedSequence);
        Assert.Equal(Addresses, call.EmailedAddresses);
        Assert.False(call.EmailedInvitationBehind);
        Assert.Equal("call.invitation-emailed", journey.Incident.Timeline.Last().TextKey);
    }

    [Fact]
    public void A_change_the_invitation_shows_leaves_the_emailed_one_behind_until_the_update_goes()
    {
        var journey = Journey.At(PlaybookStage.ScheduleCall).ScheduleCall();
        journey.Incident.RecordCallInvitationEmailed(Addresses, TestDetails.Owner, journey.Next());

        journey.ScheduleCall(change: c => c with { StartsAt = c.StartsAt!.Value.AddHours(1) });
        Assert.True(journey.Incident.Call!.EmailedInvitationBehind);

        journey.Incident.RecordCallInvitationEmailed(["ana@client.example"], TestDetails.Owner, journey.Next());
        Assert.Equal((1, false), (journey.Incident.Call.EmailedSequence, journey.Incident.Call.EmailedInvitationBehind));
        Assert.Equal(["ana@client.example"], journey.Incident.Call.EmailedAddresses);
        Assert.Equal("call.invitation-update-emailed", journey.Incident.Timeline.Last().TextKey);
    }

    [Fact]
    public void The_cancellation_goes_once_and_then_nobody_holds_the_invitation()
    {
        var journey = Journey.At(PlaybookStage.ScheduleCall).ScheduleCall();
        journey.Incident.RecordCallInvitationEmailed(Addresses, TestDetails.Owner, journey.Next());
        journey.WriteInstead(sent: false);
        Assert.True(journey.Incident.Call!.EmailedInvitationBehind);

        journey.Incident.RecordCallCancellationEmailed(TestDetails.Owner, journey.Next());

        Assert.Equal((1, false), (journey.Incident.Call.EmailedSequence, journey.Incident.Call.EmailedInvitationBehind));
        Assert.Empty(journey.Incident.Call.EmailedAddresses);
        Assert.Throws<InvalidOperationException>(() => journey.Incident.RecordCallCancellationEmailed(TestDetails.Owner, journey.Next()));
    }

    [Fact]
    public void A_cancelled_call_has_no_invitation_to_email()
    {
        var journey = Journey.At(PlaybookStage.ScheduleCall).ScheduleCall().WriteInstead(sent: false);

        Assert.Throws<InvalidOperationException>(() => journey.Incident.RecordCallInvitationEmailed(Addresses, TestDetails.Owner, journey.Next()));
    }
}
