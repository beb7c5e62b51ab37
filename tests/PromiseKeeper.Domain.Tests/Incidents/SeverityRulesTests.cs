using PromiseKeeper.Domain.Clients;
using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Domain.Tests;

/// <summary><see cref="SeverityRules"/>: severity derived from relationship, damage and handling, with its reasons.</summary>
public class SeverityRulesTests
{
    private static Money Eur(decimal amount) => new(amount, "EUR");

    private static SeverityAssessment Assess(
        LoyaltyLevel loyalty = LoyaltyLevel.Loyal,
        Money? loss = null,
        DamageKinds damage = DamageKinds.Delay,
        PersonalHarm harm = PersonalHarm.None,
        int mistakes = 0,
        SeverityThresholds? thresholds = null,
        bool lossKnown = true) =>
        SeverityRules.Assess(loyalty, lossKnown ? loss ?? Eur(0m) : null, damage, harm, mistakes, thresholds);

    private static SeverityFactor Factor(SeverityAssessment assessment, string name) =>
        Assert.Single(assessment.Factors, f => f.Name == name);

    [Fact]
    public void Lists_the_three_factors_in_order_and_totals_their_points()
    {
        var result = Assess(LoyaltyLevel.Cautious, Eur(50_000m), mistakes: 1);

        Assert.Equal(["Relationship", "Damage", "Handling"], result.Factors.Select(f => f.Name));
        Assert.Equal([2, 2, 1], result.Factors.Select(f => f.Points));
        Assert.Equal(5, result.TotalPoints);
        Assert.Equal(Severity.High, result.Level);
        Assert.All(result.Factors, f => Assert.False(string.IsNullOrWhiteSpace(f.Reason)));
    }

    [Theory]
    [InlineData(LoyaltyLevel.Hostile, 3)]
    [InlineData(LoyaltyLevel.Cautious, 2)]
    [InlineData(LoyaltyLevel.Neutral, 1)]
    [InlineData(LoyaltyLevel.Loyal, 0)]
    [InlineData(LoyaltyLevel.Advocate, 0)]
    public void Relationship_points_follow_loyalty(LoyaltyLevel loyalty, int points)
    {
        Assert.Equal(points, Factor(Assess(loyalty), "Relationship").Points);
    }

    [Fact]
    public void Every_loyalty_level_has_a_distinct_reason()
    {
        var reasons = Enum.GetValues<LoyaltyLevel>().Select(l => Factor(Assess(l), "Relationship").Reason).ToList();

        Assert.Equal(reasons.Count, reasons.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains("loyal client", Factor(Assess(LoyaltyLevel.Loyal), "Relationship").Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(999.99, 0)]
    [InlineData(1_000, 1)]
    [InlineData(9_999.99, 1)]
    [InlineData(10_000, 2)]
    [InlineData(99_999.99, 2)]
    [InlineData(100_000, 3)]
    [InlineData(5_000_000, 3)]
    public void Damage_points_follow_the_loss_at_each_threshold(double loss, int points)
    {
        var factor = Factor(Assess(loss: Eur((decimal)loss)), "Damage");

        Assert.Equal(points, factor.Points);
        Assert.Contains(Eur((decimal)loss).ToString(), factor.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_loss_counts_as_moderate_until_estimated()
    {
        var factor = Factor(Assess(lossKnown: false), "Damage");

        Assert.Equal(1, factor.Points);
        Assert.Contains("not estimated yet", factor.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DamageKinds.Reputation, PersonalHarm.None)]
    [InlineData(DamageKinds.Delay | DamageKinds.Reputation, PersonalHarm.Some)]
    [InlineData(DamageKinds.Delay, PersonalHarm.Serious)]
    [InlineData(DamageKinds.QualityOrWrongResult | DamageKinds.Reputation, PersonalHarm.Serious)]
    public void Reputation_or_serious_personal_harm_adds_one_damage_point(DamageKinds damage, PersonalHarm harm)
    {
        var factor = Factor(Assess(loss: Eur(5_000m), damage: damage, harm: harm), "Damage");

        Assert.Equal(2, factor.Points);
        Assert.Contains("one step higher", factor.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DamageKinds.Delay | DamageKinds.QualityOrWrongResult, PersonalHarm.Some)]
    [InlineData(DamageKinds.None, PersonalHarm.None)]
    public void Other_damage_and_some_personal_harm_add_nothing(DamageKinds damage, PersonalHarm harm)
    {
        Assert.Equal(1, Factor(Assess(loss: Eur(5_000m), damage: damage, harm: harm), "Damage").Points);
    }

    [Fact]
    public void Both_reputation_and_serious_harm_still_add_only_one_point()
    {
        var factor = Factor(Assess(loss: Eur(500m), damage: DamageKinds.Reputation, harm: PersonalHarm.Serious), "Damage");

        Assert.Equal(1, factor.Points);
        Assert.Contains("reputation", factor.Reason, StringComparison.Ordinal);
        Assert.Contains("personally", factor.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Bump_applies_to_an_unknown_loss_too()
    {
        Assert.Equal(2, Factor(Assess(lossKnown: false, damage: DamageKinds.Reputation), "Damage").Points);
    }

    [Theory]
    [InlineData(99_999.99, 3)]
    [InlineData(100_000, 3)]
    public void Damage_is_capped_at_three(double loss, int points)
    {
        var factor = Factor(Assess(loss: Eur((decimal)loss), damage: DamageKinds.Reputation, harm: PersonalHarm.Serious), "Damage");

        Assert.Equal(points, factor.Points);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 2)]
    [InlineData(5, 2)]
    public void Handling_points_follow_the_mistakes_so_far_capped_at_two(int mistakes, int points)
    {
        Assert.Equal(points, Factor(Assess(mistakes: mistakes), "Handling").Points);
    }

    [Fact]
    public void Negative_mistake_count_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Assess(mistakes: -1));
    }

    [Theory]
    [InlineData(0, Severity.Low)]
    [InlineData(1, Severity.Low)]
    [InlineData(2, Severity.Medium)]
    [InlineData(3, Severity.Medium)]
    [InlineData(4, Severity.High)]
    [InlineData(5, Severity.High)]
    [InlineData(6, Severity.Critical)]
    [InlineData(8, Severity.Critical)]
    public void Level_follows_the_total(int total, Severity level)
    {
        Assert.Equal(level, SeverityRules.LevelFor(total));
    }

    [Theory]
    // Relationship + damage + handling at the level boundaries.
    [InlineData(LoyaltyLevel.Neutral, 500, 0, 1, Severity.Low)]
    [InlineData(LoyaltyLevel.Neutral, 1_000, 0, 2, Severity.Medium)]
    [InlineData(LoyaltyLevel.Cautious, 1_000, 0, 3, Severity.Medium)]
    [InlineData(LoyaltyLevel.Cautious, 1_000, 1, 4, Severity.High)]
    [InlineData(LoyaltyLevel.Hostile, 10_000, 0, 5, Severity.High)]
    [InlineData(LoyaltyLevel.Hostile, 10_000, 1, 6, Severity.Critical)]
    [InlineData(LoyaltyLevel.Hostile, 100_000, 2, 8, Severity.Critical)]
    [InlineData(LoyaltyLevel.Advocate, 0, 0, 0, Severity.Low)]
    public void Level_is_derived_from_the_three_factors(LoyaltyLevel loyalty, int loss, int mistakes, int total, Severity level)
    {
        var result = Assess(loyalty, Eur(loss), mistakes: mistakes);

        Assert.Equal(total, result.TotalPoints);
        Assert.Equal(level, result.Level);
    }

    [Fact]
    public void A_loyal_client_with_a_small_well_handled_failure_is_low()
    {
        Assert.Equal(Severity.Low, Assess(LoyaltyLevel.Loyal, Eur(800m)).Level);
    }

    [Fact]
    public void A_hostile_client_blows_up_a_small_failure()
    {
        Assert.Equal(Severity.Medium, Assess(LoyaltyLevel.Hostile, Eur(800m)).Level);
    }

    [Theory]
    [InlineData(99.99, 0)]
    [InlineData(100, 1)]
    [InlineData(499.99, 1)]
    [InlineData(500, 2)]
    [InlineData(1_999.99, 2)]
    [InlineData(2_000, 3)]
    public void Thresholds_can_be_overridden(double loss, int points)
    {
        var thresholds = new SeverityThresholds(100m, 500m, 2_000m);

        Assert.Equal(points, Factor(Assess(loss: Eur((decimal)loss), thresholds: thresholds), "Damage").Points);
    }

    [Fact]
    public void Null_thresholds_mean_the_defaults()
    {
        Assert.Equal(new SeverityThresholds(1_000m, 10_000m, 100_000m), SeverityThresholds.Default);
        Assert.Equal(
            Assess(loss: Eur(10_000m), thresholds: SeverityThresholds.Default).Factors,
            Assess(loss: Eur(10_000m), thresholds: null).Factors);
    }

    [Theory]
    [InlineData(-1, 10, 100)]
    [InlineData(10, 5, 100)]
    [InlineData(10, 100, 50)]
    public void Thresholds_out_of_order_are_refused(int moderate, int large, int severe)
    {
        Assert.Throws<ArgumentException>(() => Assess(thresholds: new SeverityThresholds(moderate, large, severe)));
    }
}
