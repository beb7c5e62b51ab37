using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Domain.Incidents;

// Stage 3: set up the call (or, when a call is impossible, write instead).
public sealed partial class Incident
{
    private const string CallAction = "plan-call";

    public ScheduledCall? Call { get; private set; }

    /// <summary>Parses the typed call, then plans it (see the overload). For tests and demo data only: the call page parses its form itself.</summary>
    [ForTestsAndDemoData]
    public void ScheduleCall(CallDetails details, bool requestSent, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        RequireStage(CallAction, PlaybookStage.ScheduleCall);
        ScheduleCall(details.Parse(now).OrThrow(), requestSent, actor, now);
    }

    /// <summary>Plans the call with its request email, voicemail script and call plan; <c>requestSent</c> says the request email has gone to the client.</summary>
    /// <exception cref="DomainException">Outside the scheduling stage, or when a field rule is broken.</exception>
    public void ScheduleCall(CallArrangement call, bool requestSent, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(call);
        RequireStage(CallAction, PlaybookStage.ScheduleCall);
        Call ??= new ScheduledCall();
        var wasSent = Call.Mode == ContactMode.Call && Call.IsSent;
        if (wasSent && !string.Equals(Call.RequestEmail, call.RequestEmail, StringComparison.Ordinal))
        {
            throw new DomainException([new RuleViolation(nameof(CallDetails.RequestEmail),
                Messages.Of("call.request-already-sent"))]);
        }

        Call.PlanCall(call);
        KeepClientWording(call.Wording);
        var sent = requestSent || wasSent;
        if (requestSent && !wasSent)
        {
            Call.MarkSent(now);
        }

        RecordBlameFindings(ClientTextKind.CallRequestEmail, Call.RequestEmail, sent, now);
        RecordBlameFindings(ClientTextKind.VoicemailScript, Call.VoicemailScript, wasSent: false, now);
        RecordBlameFindings(ClientTextKind.CallPlan, Call.CallPlan, wasSent: false, now);
        NoteDraftsWritten();

        Record(actor, now, requestSent && !wasSent ? "call.planned.request-sent" : "call.planned", TextValue.Instant("StartsAt", Call.StartsAt!.Value));
    }

    /// <summary>Parses the typed message, then saves it (see the overload). For tests and demo data only: the page that writes instead parses its form itself.</summary>
    [ForTestsAndDemoData]
    public void WriteInsteadOfCall(EmailInsteadDetails details, bool sent, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        RequireStage(CallAction, PlaybookStage.ScheduleCall);
        WriteInsteadOfCall(details.Parse().OrThrow(), sent, actor, now);
    }

    /// <summary>
    /// Writes to the client instead of calling, when a call is impossible. The message still offers to talk.
    /// When <c>sent</c>, the message has gone to the client, and that is when the client is told.
    /// A call planned before is cancelled.
    /// </summary>
    /// <exception cref="DomainException">Outside the scheduling stage, or when a field rule is broken.</exception>
    public void WriteInsteadOfCall(MessageInsteadOfCall message, bool sent, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(message);
        RequireStage(CallAction, PlaybookStage.ScheduleCall);
        Call ??= new ScheduledCall();
        if (Call.Mode == ContactMode.EmailInstead && Call.IsSent)
        {
            throw new DomainException(Messages.Of("call.written-message-sent"));
        }

        Call.WriteInstead(message, now);
        KeepClientWording(message.Wording);
        if (sent)
        {
            Call.MarkSent(now);
            NoteClientTold(now);
        }

        RecordBlameFindings(ClientTextKind.EmailInsteadOfCall, Call.EmailInsteadMessage, sent, now);
        NoteDraftsWritten();
        Record(actor, now, sent ? "email-instead.sent" : "email-instead.drafted");
    }

    /// <summary>
    /// Records that the call's invitation went by email to <paramref name="addresses"/> at the call's current revision: the first
    /// invitation, or an update of one emailed before. The addresses are who hold it in their calendars from now on.
    /// </summary>
    /// <exception cref="DomainException">Outside the scheduling stage.</exception>
    /// <exception cref="InvalidOperationException">Without a planned call that stands, or without an address.</exception>
    public void RecordCallInvitationEmailed(IReadOnlyCollection<string> addresses, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        RequireStage(CallAction, PlaybookStage.ScheduleCall);
        if (Call is not { Mode: ContactMode.Call, IsCancelled: false, StartsAt: not null })
        {
            throw new InvalidOperationException("Only a planned call that stands has an invitation to email.");
        }

        if (addresses.Count == 0)
        {
            throw new InvalidOperationException("An invitation goes to at least one address.");
        }

        var update = Call.EmailedSequence is not null;
        Call.NoteEmailed(addresses);
        Record(actor, now, update ? "call.invitation-update-emailed" : "call.invitation-emailed", TextValue.Text("Recipients", string.Join(", ", addresses)));
    }

    /// <summary>Records that the cancellation of a call whose invitation was emailed went to everyone who held it; nobody holds it now.</summary>
    /// <exception cref="InvalidOperationException">When the call is not cancelled, or its invitation was never emailed.</exception>
    public void RecordCallCancellationEmailed(Actor actor, DateTimeOffset now)
    {
        if (Call is not { IsCancelled: true, EmailedTo: not null } call)
        {
            throw new InvalidOperationException("Only a cancelled call whose invitation was emailed has a cancellation to email.");
        }

        var addresses = call.EmailedAddresses;
        call.NoteEmailed([]);
        Record(actor, now, "call.cancellation-emailed", TextValue.Text("Recipients", string.Join(", ", addresses)));
    }

    /// <summary>When the incident ends early, a planned call that has not taken place yet is cancelled.</summary>
    private void CancelCallStillAhead(DateTimeOffset now)
    {
        if (Call is { StartsAt: { } startsAt } && startsAt > now)
        {
            Call.CancelPlannedCall(now);
        }
    }

    /// <summary>The first time the client hears about it from us, if they had not been told before.</summary>
    private void NoteClientTold(DateTimeOffset at)
    {
        if (ClientToldAt is null)
        {
            ClientToldAt = at.ToUniversalTime();
            FirstDisclosure ??= Incidents.FirstDisclosure.WeToldTheClient;
        }
    }
}
