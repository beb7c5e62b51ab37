namespace PromiseKeeper.Domain.Incidents;

/// <summary>Where a contract-linked incident stands with legal. Incidents without a contract need no review.</summary>
public enum LegalReviewStatus
{
    NotNeeded = 0,

    /// <summary>In legal's queue: never reviewed, asked again, or the approval lapsed because the offer changed.</summary>
    Awaiting = 1,

    Approved = 2,

    /// <summary>Legal asked for changes; the account manager makes them and asks legal again.</summary>
    ChangesRequired = 3,
}
