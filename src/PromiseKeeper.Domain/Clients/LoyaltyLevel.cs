namespace PromiseKeeper.Domain.Clients;

/// <summary>The balance of the client's "emotional bank account" with us, from worst to best.</summary>
public enum LoyaltyLevel
{
    Hostile = 0,
    Cautious = 1,
    Neutral = 2,
    Loyal = 3,
    Advocate = 4,
}
