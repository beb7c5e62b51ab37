using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Domain.Clients;

// The relationship (hostile … advocate) is changed with a reason and kept as history.
public sealed partial class Client
{
    /// <summary>Checks a relationship change as typed: the change ready to make, or the broken rules keyed by "To" and "Reason".</summary>
    public static Checked<RelationshipToSet> ParseRelationship(LoyaltyLevel? to, string? reason)
    {
        var check = new RuleCheck();
        var level = check.Defined(nameof(RelationshipToSet.To), to, Messages.Of("client.loyalty-missing"));
        var why = check.Text(nameof(RelationshipToSet.Reason), reason, ClientRelationshipChange.ReasonMaxLength, Messages.Of("client.relationship-reason-missing"));
        return Checked<RelationshipToSet>.From(check, () => new RelationshipToSet { To = level, Reason = why });
    }

    /// <summary>Sets the relationship and returns the history entry to keep.</summary>
    /// <exception cref="DomainException">When the relationship already is what was chosen.</exception>
    public ClientRelationshipChange ChangeRelationship(RelationshipToSet change, string? byId, string byName, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.To == Loyalty)
        {
            throw new DomainException([new RuleViolation(nameof(RelationshipToSet.To), Messages.Of("client.relationship-unchanged"))]);
        }

        var entry = ClientRelationshipChange.Record(this, Loyalty, change, byId, byName, now);
        Loyalty = change.To;
        return entry;
    }
}

/// <summary>A new relationship and the reason for it, checked: only <see cref="Client.ParseRelationship"/> makes one.</summary>
public sealed record RelationshipToSet
{
    internal RelationshipToSet()
    {
    }

    public LoyaltyLevel To { get; internal init; }

    public string Reason { get; internal init; } = string.Empty;
}
