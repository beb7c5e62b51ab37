using PromiseKeeper.Domain.Clients;
using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Domain.Incidents;

/// <summary>
/// Derives severity from the playbook's three factors. Points:
/// <list type="bullet">
/// <item><b>Relationship</b>: hostile 3, cautious 2, neutral 1, loyal 0, advocate 0; when the client's emotional bank account
/// is overdrawn (<see cref="EmotionalBankAccount.OverdrawnAtOrBelow"/>), the relationship counts one level worse
/// (a loyal client as neutral, a hostile one stays hostile).</item>
/// <item><b>Damage</b>: loss below <see cref="SeverityThresholds.Moderate"/> 0, below <see cref="SeverityThresholds.Large"/> 1,
/// below <see cref="SeverityThresholds.Severe"/> 2, from Severe up 3; an unknown loss counts 1 (as moderate) until estimated.
/// Plus 1 for reputational damage or serious personal harm to our contact; at most 3 in all.</item>
/// <item><b>Handling</b>: no mistakes 0, one mistake 1, two or more 2.</item>
/// </list>
/// Level by total: 0–1 low, 2–3 medium, 4–5 high, 6 and more critical.
/// </summary>
public static class SeverityRules
{
    public const string Relationship = "Relationship";
    public const string Damage = "Damage";
    public const string Handling = "Handling";

    public const int MaxDamagePoints = 3;
    public const int MaxHandlingPoints = 2;

    public static SeverityAssessment Assess(
        LoyaltyLevel loyalty,
        Money? largestKnownLoss,
        DamageKinds damage,
        PersonalHarm personalHarm,
        int mistakesSoFar,
        SeverityThresholds? thresholds = null,
        int? bankBalance = null)
    {
        thresholds ??= SeverityThresholds.Default;
        if (thresholds.Moderate < 0 || thresholds.Moderate > thresholds.Large || thresholds.Large > thresholds.Severe)
        {
            throw new ArgumentException("Severity thresholds must be ascending and not negative.", nameof(thresholds));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(mistakesSoFar);

        SeverityFactor[] factors =
        [
            RelationshipFactor(loyalty, bankBalance),
            DamageFactor(largestKnownLoss, damage, personalHarm, thresholds),
            HandlingFactor(mistakesSoFar),
        ];
        var total = factors.Sum(f => f.Points);
        return new SeverityAssessment(LevelFor(total), total, factors);
    }

    /// <summary>0–1 low, 2–3 medium, 4–5 high, 6 and more critical.</summary>
    public static Severity LevelFor(int totalPoints) => totalPoints switch
    {
        <= 1 => Severity.Low,
        <= 3 => Severity.Medium,
        <= 5 => Severity.High,
        _ => Severity.Critical,
    };

    private const string TextFile = "severity.txt";

    /// <summary>The relationship as severity counts it: one level worse when the bank account is overdrawn.</summary>
    public static LoyaltyLevel EffectiveLoyalty(LoyaltyLevel loyalty, int? bankBalance) =>
        bankBalance is { } balance && EmotionalBankAccount.StandingOf(balance) == BankStanding.Overdrawn && loyalty > LoyaltyLevel.Hostile
            ? loyalty - 1
            : loyalty;

    private static SeverityFactor RelationshipFactor(LoyaltyLevel loyalty, int? bankBalance)
    {
        var counted = EffectiveLoyalty(loyalty, bankBalance);
        var (points, key) = counted switch
        {
            LoyaltyLevel.Hostile => (3, "relationship.hostile"),
            LoyaltyLevel.Cautious => (2, "relationship.cautious"),
            LoyaltyLevel.Neutral => (1, "relationship.neutral"),
            LoyaltyLevel.Loyal => (0, "relationship.loyal"),
            LoyaltyLevel.Advocate => (0, "relationship.advocate"),
            _ => throw new ArgumentOutOfRangeException(nameof(loyalty), loyalty, "Unknown loyalty level."),
        };
        var reason = Reason(key);
        if (bankBalance is { } balance)
        {
            var overdrawn = EmotionalBankAccount.StandingOf(balance) == BankStanding.Overdrawn;
            reason += " " + Reason(
                overdrawn ? "relationship.bank-overdrawn" : "relationship.bank-balance",
                ("Balance", balance),
                ("Threshold", EmotionalBankAccount.OverdrawnAtOrBelow));
        }

        return new SeverityFactor(Relationship, points, reason);
    }

    private static SeverityFactor DamageFactor(Money? loss, DamageKinds damage, PersonalHarm personalHarm, SeverityThresholds thresholds)
    {
        var (points, key) = loss switch
        {
            null => (1, "damage.unknown"),
            _ when loss.Amount < thresholds.Moderate => (0, "damage.small"),
            _ when loss.Amount < thresholds.Large => (1, "damage.moderate"),
            _ when loss.Amount < thresholds.Severe => (2, "damage.large"),
            _ => (3, "damage.severe"),
        };
        var reason = Reason(key, ("Loss", loss?.ToString()));

        var bumps = new List<string>();
        if (damage.HasFlag(DamageKinds.Reputation))
        {
            bumps.Add(Reason("damage.because.reputation"));
        }

        if (personalHarm == PersonalHarm.Serious)
        {
            bumps.Add(Reason("damage.because.personal-harm"));
        }

        if (bumps.Count > 0)
        {
            var bumped = Math.Min(points + 1, MaxDamagePoints);
            var because = string.Join($" {Reason("damage.because.joiner")} ", bumps);
            reason += " " + Reason(bumped > points ? "damage.raised" : "damage.already-highest", ("Because", because));
            points = bumped;
        }

        return new SeverityFactor(Damage, points, reason);
    }

    private static SeverityFactor HandlingFactor(int mistakes) => mistakes switch
    {
        0 => new(Handling, 0, Reason("handling.none")),
        1 => new(Handling, 1, Reason("handling.one")),
        _ => new(Handling, MaxHandlingPoints, Reason("handling.many", ("Mistakes", mistakes))),
    };

    private static string Reason(string key, params (string Name, object? Value)[] values) =>
        TextCatalog.Fill(TextFile, key, values);
}
