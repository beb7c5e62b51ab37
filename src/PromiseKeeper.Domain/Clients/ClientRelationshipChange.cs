namespace PromiseKeeper.Domain.Clients;

/// <summary>One change of a client's relationship with us, with the reason given: the relationship's history.</summary>
public sealed class ClientRelationshipChange
{
    public const int ReasonMaxLength = 1000;

    private ClientRelationshipChange(int clientId, LoyaltyLevel from, LoyaltyLevel to, string reason, string? changedById, string changedByName, DateTimeOffset changedAt)
    {
        ClientId = clientId;
        From = from;
        To = to;
        Reason = reason;
        ChangedById = changedById;
        ChangedByName = changedByName;
        ChangedAt = changedAt;
    }

    public long Id { get; private set; }

    public int ClientId { get; private set; }

    public LoyaltyLevel From { get; private set; }

    public LoyaltyLevel To { get; private set; }

    public string Reason { get; private set; }

    /// <summary>The user who changed it; null once that account is gone (the name stays).</summary>
    public string? ChangedById { get; private set; }

    /// <summary>Their display name at the time.</summary>
    public string ChangedByName { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    internal static ClientRelationshipChange Record(Client client, LoyaltyLevel from, RelationshipToSet change, string? byId, string byName, DateTimeOffset now) =>
        new(client.Id, from, change.To, change.Reason, byId, byName, now.ToUniversalTime());
}
