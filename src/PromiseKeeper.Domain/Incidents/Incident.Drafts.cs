using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Domain.Incidents;

// The facts the draft texts (call request, voicemail, call plan, written message, recap) are filled from.
public sealed partial class Incident
{
    private ScheduledCall? PlannedCall => Call is { Mode: ContactMode.Call } call ? call : null;

    /// <param name="clientName">The client's name (the client is a separate aggregate).</param>
    /// <param name="ownerName">The account manager who signs the texts.</param>
    public DraftFacts ToDraftFacts(string clientName, string ownerName) => new()
    {
        ClientName = clientName,
        ContactName = ContactName,
        OwnerName = ownerName,
        Summary = Summary,
        PromiseDescription = PromiseDescription,
        PromisedOn = PromisedOn,
        Fault = Fault,
        ClientGoals = ClientGoals,
        Offer = [.. Offer.Select(o => new OfferLine(o.Description, o.ValueToClient))],
        // A written message instead of a call has no call time, even if one was planned before.
        CallStartsAt = PlannedCall?.StartsAt,
        // A zone typed before the IANA list was enforced may not be one: the time is then given in UTC until it is picked again.
        CallTimeZoneId = TimeZoneIds.IsKnown(PlannedCall?.TimeZoneId) ? PlannedCall?.TimeZoneId : null,
        CallChannel = PlannedCall?.Channel,
        CallAttendees = PlannedCall?.Attendees,
        OfferResponse = Conversation?.OfferResponse,
        ConversationSummary = Conversation?.Notes,
        NextSteps = [.. _checkIns.Where(c => c.CancelledAt is null).OrderBy(c => c.PlannedOn).Select(c => new NextStepLine(c.Topic, ownerName, c.PlannedOn))],
    };
}
