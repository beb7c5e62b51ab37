using PromiseKeeper.Domain.Clients;

namespace PromiseKeeper.Domain.Tests.Clients;

/// <summary><see cref="Client.ChangeRelationship"/>: a change needs a reason and leaves a history entry.</summary>
public class ClientRelationshipTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_change_sets_the_relationship_and_records_from_to_reason_who_and_when()
    {
        var client = Client.Create("Acme", LoyaltyLevel.Loyal, Now);

        var entry = client.ChangeRelationship(Client.ParseRelationship(LoyaltyLevel.Cautious, " Two late deliveries ").OrThrow(), "u1", "Maja", Now);

        Assert.Equal(LoyaltyLevel.Cautious, client.Loyalty);
        Assert.Equal((LoyaltyLevel.Loyal, LoyaltyLevel.Cautious, "Two late deliveries", "u1", "Maja", Now), (entry.From, entry.To, entry.Reason, entry.ChangedById, entry.ChangedByName, entry.ChangedAt));
    }

    [Fact]
    public void A_reason_and_a_level_are_required()
    {
        var result = Client.ParseRelationship(null, "  ");

        Assert.Equal(["Reason", "To"], result.Violations.Select(v => v.Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Choosing_the_same_level_is_refused()
    {
        var client = Client.Create("Acme", LoyaltyLevel.Loyal, Now);

        var refused = Assert.Throws<DomainException>(() => client.ChangeRelationship(Client.ParseRelationship(LoyaltyLevel.Loyal, "why").OrThrow(), "u1", "Maja", Now));

        Assert.Equal("To", Assert.Single(refused.Violations).Field);
    }
}
