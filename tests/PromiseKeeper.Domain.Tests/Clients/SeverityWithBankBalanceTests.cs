using PromiseKeeper.Domain.Clients;
using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Domain.Tests.Clients;

/// <summary><see cref="SeverityRules"/>: an overdrawn emotional bank account makes the relationship count one level worse.</summary>
public class SeverityWithBankBalanceTests
{
    private static SeverityFactor Relationship(LoyaltyLevel loyalty, int? balance) =>
        SeverityRules.Assess(loyalty, new Money(0m, "EUR"), DamageKinds.Delay, PersonalHarm.None, 0, bankBalance: balance)
            .Factors.Single(f => f.Name == SeverityRules.Relationship);

    [Theory]
    [InlineData(LoyaltyLevel.Loyal, -6, 1)]     // counted as neutral
    [InlineData(LoyaltyLevel.Cautious, -20, 3)] // counted as hostile
    [InlineData(LoyaltyLevel.Hostile, -20, 3)]  // nothing worse than hostile
    [InlineData(LoyaltyLevel.Advocate, -6, 0)]  // counted as loyal
    [InlineData(LoyaltyLevel.Loyal, -5, 0)]     // strained, not overdrawn
    [InlineData(LoyaltyLevel.Loyal, null, 0)]   // no balance known
    public void Overdrawn_counts_one_level_worse(LoyaltyLevel loyalty, int? balance, int points) =>
        Assert.Equal(points, Relationship(loyalty, balance).Points);

    [Fact]
    public void The_relationship_line_explains_the_balance()
    {
        var overdrawn = Relationship(LoyaltyLevel.Loyal, -8).Reason;
        var fine = Relationship(LoyaltyLevel.Loyal, 3).Reason;

        Assert.Contains("overdrawn (-8", overdrawn, StringComparison.Ordinal);
        Assert.Contains("one level worse", overdrawn, StringComparison.Ordinal);
        Assert.Contains("stands at 3", fine, StringComparison.Ordinal);
        Assert.DoesNotContain("bank account", Relationship(LoyaltyLevel.Loyal, null).Reason, StringComparison.Ordinal);
    }
}
