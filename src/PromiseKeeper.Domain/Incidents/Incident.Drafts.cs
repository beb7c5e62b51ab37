using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Domain.Incidents;

// The facts the draft texts are filled from: the client texts only from fields written for the client.
public sealed partial class Incident
{
    private ScheduledCall? PlannedCall => Call is { Mode: ContactMode.Call } call ? call : null;

    /// <summary>
    /// The language the client is written to in (the client's, a separate aggregate): the drafts are made and the client
    /// texts checked in it. Not stored with the incident: whoever loads an incident to draft or check its texts sets it
    /// with <see cref="WriteToClientIn"/>; English until then.
    /// </summary>
    public string ClientLanguage { get; private set; } = Languages.English;

    /// <summary>Sets <see cref="ClientLanguage"/> from the client's record; an unknown code reads as English.</summary>
    public void WriteToClientIn(string? language) => ClientLanguage = Languages.OrEnglish(language);

    /// <summary>The facts for the client texts: only what was written for the client, and the call's arrangements.</summary>
    /// <param name="clientName">The client's name (the client is a separate aggregate).</param>
    /// <param name="ownerName">The account manager who signs the texts.</param>
    /// <param name="ownerPhone">The account manager's phone number, for the voicemail; null when their profile has none.</param>
    public DraftFacts ToDraftFacts(string clientName, string ownerName, string? ownerPhone = null) => new()
    {
        ClientName = clientName,
        Language = ClientLanguage,
        ContactName = ContactName,
        Greeting = Greeting ?? GreetingForm.FullName,
        ContactTitle = ContactTitle,
        OwnerName = ownerName,
        OwnerPhone = ownerPhone,
        ClientSentence = ClientSentence,
        Fault = FaultForScript,
        Offer = [.. Offer.Select(o => new ClientOfferLine(o.ClientDescription, o.ValueToClient))],
        // A written message instead of a call has no call time, even if one was planned before.
        CallStartsAt = PlannedCall?.StartsAt,
        // A zone typed before the IANA list was enforced may not be one: the time is then given in UTC until it is picked again.
        CallTimeZoneId = TimeZoneIds.IsKnown(PlannedCall?.TimeZoneId) ? PlannedCall?.TimeZoneId : null,
        CallChannel = PlannedCall?.Channel,
        CallLength = PlannedCall?.Length,
        MeetingLink = PlannedCall?.MeetingLink,
        OfferResponse = Conversation?.OfferResponse,
        Agreed = Conversation?.Agreed,
        UpdateDays = [.. _checkIns.Where(c => c.CancelledAt is null).Select(c => c.PlannedOn)],
    };

    /// <summary>The facts for the account manager's call plan: the client facts and the internal record to prepare with.</summary>
    /// <inheritdoc cref="ToDraftFacts" path="/param"/>
    public CallPlanFacts ToCallPlanFacts(string clientName, string ownerName, string? ownerPhone = null) => new()
    {
        Client = ToDraftFacts(clientName, ownerName, ownerPhone),
        Summary = Summary,
        PromiseDescription = PromiseDescription,
        // The call plan is written after the first stage, which records the origin.
        PromisedOn = PromisedOn ?? DateOnly.FromDateTime(DiscoveredAt.UtcDateTime),
        ClientGoals = ClientGoals ?? string.Empty,
        CallAttendees = PlannedCall?.Attendees,
        Offer = [.. Offer.Select(o => new PlanOfferLine(o.Description, o.ValueToClient))],
    };
}
