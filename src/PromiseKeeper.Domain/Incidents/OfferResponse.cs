namespace PromiseKeeper.Domain.Incidents;

/// <summary>What the client said to the offer in the conversation.</summary>
public enum OfferResponse
{
    Accepted = 0,
    Countered = 1,
    Rejected = 2,
}
