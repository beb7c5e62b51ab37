using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Domain.Texts;

/// <summary>One thing we offer the client, with what it is worth to them when we know it.</summary>
public sealed record OfferLine(string Description, Money? ValueToClient);

/// <summary>One agreed next step: what happens, who does it, and by when (if a date is set).</summary>
public sealed record NextStepLine(string What, string Owner, DateOnly? Due);

/// <summary>
/// The facts of one incident that the drafts (emails, scripts, call plan, recap) are filled from.
/// The web layer gathers them from the incident; the drafts only word them.
/// </summary>
public sealed record DraftFacts
{
    public required string ClientName { get; init; }

    public required string ContactName { get; init; }

    /// <summary>The account manager who writes and signs the drafts.</summary>
    public required string OwnerName { get; init; }

    /// <summary>A short summary of the incident, as a headline.</summary>
    public required string Summary { get; init; }

    /// <summary>What was promised.</summary>
    public required string PromiseDescription { get; init; }

    public required DateOnly PromisedOn { get; init; }

    public required Fault Fault { get; init; }

    /// <summary>Why the client came to us in the first place.</summary>
    public required string ClientGoals { get; init; }

    public IReadOnlyList<OfferLine> Offer { get; init; } = [];

    public DateTimeOffset? CallStartsAt { get; init; }

    /// <summary>IANA time zone id (e.g. Europe/Ljubljana) the call time is shown in; without it, the time's own offset.</summary>
    public string? CallTimeZoneId { get; init; }

    public CallChannel? CallChannel { get; init; }

    public string? CallAttendees { get; init; }

    public OfferResponse? OfferResponse { get; init; }

    /// <summary>What was discussed, from the conversation notes.</summary>
    public string? ConversationSummary { get; init; }

    public IReadOnlyList<NextStepLine> NextSteps { get; init; } = [];
}
