using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Domain.Texts;

/// <summary>One offered option as the client reads it: its description written for the client, and its money value if it has one.</summary>
/// <param name="ClientDescription">Null for an option recorded before client descriptions were asked for.</param>
public sealed record ClientOfferLine(string? ClientDescription, Money? ValueToClient);

/// <summary>
/// Everything a client-facing draft (the request email, the voicemail, the message instead of a call, the recap, the
/// calendar invitation) may be filled from. It holds only what was written for the client or is the client's own
/// (names, the call's arrangements): there is no property for the internal summary, the promise as recorded, notes,
/// costs or colleagues, so no template can reach them. The call plan, the account manager's own document, adds the
/// internal facts in <see cref="CallPlanFacts"/>.
/// </summary>
public sealed record DraftFacts
{
    public required string ClientName { get; init; }

    /// <summary>The language the client is written to in (<see cref="Languages"/>): the drafts, their dates and numbers.</summary>
    public string Language { get; init; } = Languages.English;

    public required string ContactName { get; init; }

    public GreetingForm Greeting { get; init; } = GreetingForm.FullName;

    /// <summary>"Dr", for <see cref="GreetingForm.TitleAndSurname"/>.</summary>
    public string? ContactTitle { get; init; }

    /// <summary>The account manager who writes and signs the drafts.</summary>
    public required string OwnerName { get; init; }

    /// <summary>The account manager's phone number from their profile, for the voicemail; null when not set.</summary>
    public string? OwnerPhone { get; init; }

    /// <summary>What went wrong, written for the client; null until the account manager has written it.</summary>
    public string? ClientSentence { get; init; }

    public required Fault Fault { get; init; }

    public IReadOnlyList<ClientOfferLine> Offer { get; init; } = [];

    public DateTimeOffset? CallStartsAt { get; init; }

    /// <summary>IANA time zone id (e.g. Europe/Ljubljana) the call time is shown in; without it, the time's own offset.</summary>
    public string? CallTimeZoneId { get; init; }

    public CallChannel? CallChannel { get; init; }

    /// <summary>How long the call is planned for; half an hour when not set.</summary>
    public TimeSpan? CallLength { get; init; }

    /// <summary>Where to join the call: an absolute http(s) address.</summary>
    public string? MeetingLink { get; init; }

    public OfferResponse? OfferResponse { get; init; }

    /// <summary>What was agreed in the conversation, written to the client.</summary>
    public string? Agreed { get; init; }

    /// <summary>The days we will update the client on (the planned check-ins).</summary>
    public IReadOnlyList<DateOnly> UpdateDays { get; init; } = [];
}

/// <summary>One option as the account manager's call plan names it: the team's description and the value to the client.</summary>
public sealed record PlanOfferLine(string Description, Money? ValueToClient);

/// <summary>
/// What the call plan is filled from: the client facts, plus the internal facts the account manager prepares with.
/// The call plan is never sent to the client.
/// </summary>
public sealed record CallPlanFacts
{
    public required DraftFacts Client { get; init; }

    /// <summary>The internal summary, as a headline.</summary>
    public required string Summary { get; init; }

    /// <summary>What was promised, as recorded for colleagues.</summary>
    public required string PromiseDescription { get; init; }

    public required DateOnly PromisedOn { get; init; }

    /// <summary>Why the client came to us in the first place, as recorded.</summary>
    public required string ClientGoals { get; init; }

    public string? CallAttendees { get; init; }

    public IReadOnlyList<PlanOfferLine> Offer { get; init; } = [];
}
