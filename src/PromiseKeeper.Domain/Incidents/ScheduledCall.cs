namespace PromiseKeeper.Domain.Incidents;

/// <summary>How we arranged to tell the client: the planned call and its texts, or the email sent instead.</summary>
public sealed class ScheduledCall
{
    internal ScheduledCall()
    {
    }

    public ContactMode Mode { get; private set; }

    public DateTimeOffset? StartsAt { get; private set; }

    public string? TimeZoneId { get; private set; }

    public CallChannel? Channel { get; private set; }

    public string? Attendees { get; private set; }

    public string? RequestEmail { get; private set; }

    public string? VoicemailScript { get; private set; }

    public string? CallPlan { get; private set; }

    public string? EmailInsteadReason { get; private set; }

    public string? EmailInsteadMessage { get; private set; }

    /// <summary>When the request email (or the message sent instead of a call) went to the client.</summary>
    public DateTimeOffset? SentAt { get; private set; }

    public bool IsSent => SentAt is not null;

    internal void PlanCall(CallArrangement call)
    {
        // Switching between a call and a written message means the earlier text was not the one sent.
        if (Mode != ContactMode.Call)
        {
            SentAt = null;
        }

        Mode = ContactMode.Call;
        StartsAt = call.StartsAt.ToUniversalTime();
        TimeZoneId = call.TimeZoneId;
        Channel = call.Channel;
        Attendees = call.Attendees;
        RequestEmail = call.RequestEmail;
        VoicemailScript = call.VoicemailScript;
        CallPlan = call.CallPlan;
        EmailInsteadReason = null;
        EmailInsteadMessage = null;
    }

    internal void WriteInstead(MessageInsteadOfCall message)
    {
        if (Mode != ContactMode.EmailInstead)
        {
            SentAt = null;
        }

        Mode = ContactMode.EmailInstead;
        EmailInsteadReason = message.Reason;
        EmailInsteadMessage = message.Message;
    }

    internal void MarkSent(DateTimeOffset now) => SentAt = now.ToUniversalTime();
}
