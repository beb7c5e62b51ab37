namespace PromiseKeeper.Domain.Incidents;

/// <summary>How we arranged to tell the client: the planned call and its texts, or the email sent instead.</summary>
public sealed class ScheduledCall
{
    /// <summary>How long a call planned before its length could be chosen lasts: the half hour its request email asked for.</summary>
    public static readonly TimeSpan DefaultLength = TimeSpan.FromMinutes(CallDetails.DefaultLengthMinutes);

    internal ScheduledCall()
    {
    }

    public ContactMode Mode { get; private set; }

    public DateTimeOffset? StartsAt { get; private set; }

    public string? TimeZoneId { get; private set; }

    public CallChannel? Channel { get; private set; }

    public string? Attendees { get; private set; }

    /// <summary>The planned length in minutes, as chosen; null for calls planned before it could be chosen (see <see cref="Length"/>).</summary>
    public int? LengthMinutes { get; private set; }

    /// <summary>How long the call is planned for: the request email asks for this much time, and the invitation blocks the same.</summary>
    public TimeSpan Length => LengthMinutes is { } minutes ? TimeSpan.FromMinutes(minutes) : DefaultLength;

    /// <summary>Where to join the call (an http or https address), when there is a link.</summary>
    public string? MeetingLink { get; private set; }

    public string? RequestEmail { get; private set; }

    public string? VoicemailScript { get; private set; }

    public string? CallPlan { get; private set; }

    public string? EmailInsteadReason { get; private set; }

    public string? EmailInsteadMessage { get; private set; }

    /// <summary>When the request email (or the message sent instead of a call) went to the client.</summary>
    public DateTimeOffset? SentAt { get; private set; }

    public bool IsSent => SentAt is not null;

    /// <summary>
    /// The calendar invitation's revision (its SEQUENCE): 0 for the first plan, raised each time the time, zone,
    /// channel, attendees, length or meeting link change, when the call is cancelled and when a cancelled call is planned again.
    /// </summary>
    public int InviteSequence { get; private set; }

    /// <summary>When a planned call was called off (replaced by a written message, or the incident ended while the call was still ahead); null while it stands.</summary>
    public DateTimeOffset? CancelledAt { get; private set; }

    public bool IsCancelled => CancelledAt is not null;

    /// <summary>The revision (<see cref="InviteSequence"/>) last emailed to the attendees; null while the invitation was never emailed.</summary>
    public int? EmailedSequence { get; private set; }

    /// <summary>The addresses that hold the emailed invitation in their calendars, separated by ";": who an update or a cancellation must reach.</summary>
    public string? EmailedTo { get; private set; }

    /// <summary>The call changed (or was cancelled) since its invitation was emailed: the attendees' calendars show an older revision.</summary>
    public bool EmailedInvitationBehind => EmailedSequence is { } emailed && emailed != InviteSequence;

    /// <summary>The addresses in <see cref="EmailedTo"/>.</summary>
    public IReadOnlyList<string> EmailedAddresses =>
        (EmailedTo ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    internal void PlanCall(CallArrangement call)
    {
        var startsAt = call.StartsAt.ToUniversalTime();
        var timeZoneId = call.TimeZoneId;
        var attendees = call.Attendees;
        var wasPlanned = StartsAt is not null;
        if (wasPlanned && (Mode != ContactMode.Call || IsCancelled || StartsAt != startsAt || TimeZoneId != timeZoneId
            || Channel != call.Channel || Attendees != attendees || Length != call.Length || MeetingLink != call.MeetingLink))
        {
            InviteSequence++;
        }

        // Switching between a call and a written message means the earlier text was not the one sent.
        if (Mode != ContactMode.Call)
        {
            SentAt = null;
        }

        Mode = ContactMode.Call;
        CancelledAt = null;
        StartsAt = startsAt;
        TimeZoneId = timeZoneId;
        Channel = call.Channel;
        Attendees = attendees;
        LengthMinutes = (int)call.Length.TotalMinutes;
        MeetingLink = call.MeetingLink;
        RequestEmail = call.RequestEmail;
        VoicemailScript = call.VoicemailScript;
        CallPlan = call.CallPlan;
        EmailInsteadReason = null;
        EmailInsteadMessage = null;
    }

    internal void WriteInstead(MessageInsteadOfCall message, DateTimeOffset now)
    {
        if (Mode != ContactMode.EmailInstead)
        {
            SentAt = null;
        }

        // The call's time, zone, channel and attendees stay, so the calendar cancellation can name the call it replaces.
        CancelPlannedCall(now);

        Mode = ContactMode.EmailInstead;
        EmailInsteadReason = message.Reason;
        EmailInsteadMessage = message.Message;
    }

    internal void MarkSent(DateTimeOffset now) => SentAt = now.ToUniversalTime();

    internal void NoteEmailed(IReadOnlyCollection<string> addresses)
    {
        // The addresses come from the attendees as typed, one per entry, so they fit where the entries did.
        var emailedTo = addresses.Count == 0 ? null : string.Join(';', addresses);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(emailedTo?.Length ?? 0, CallDetails.AttendeesMaxLength, nameof(addresses));
        EmailedSequence = InviteSequence;
        EmailedTo = emailedTo;
    }

    /// <summary>Calls off the planned call, if there is one that stands.</summary>
    internal void CancelPlannedCall(DateTimeOffset now)
    {
        if (Mode == ContactMode.Call && StartsAt is not null && !IsCancelled)
        {
            CancelledAt = now.ToUniversalTime();
            InviteSequence++;
        }
    }
}
