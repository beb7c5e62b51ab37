using PromiseKeeper.Domain.Clients;

namespace PromiseKeeper.Domain.Incidents;

/// <summary>
/// Derives severity from the playbook's three factors. Points:
/// <list type="bullet">
/// <item><b>Relationship</b>: hostile 3, cautious 2, neutral 1, loyal 0, advocate 0.</item>
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
        SeverityThresholds? thresholds = null)
    {
        thresholds ??= SeverityThresholds.Default;
        if (thresholds.Moderate < 0 || thresholds.Moderate > thresholds.Large || thresholds.Large > thresholds.Severe)
        {
            throw new ArgumentException("Severity thresholds must be ascending and not negative.", nameof(thresholds));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(mistakesSoFar);

        SeverityFactor[] factors =
        [
            RelationshipFactor(loyalty),
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

    private static SeverityFactor RelationshipFactor(LoyaltyLevel loyalty) => loyalty switch
    {
        LoyaltyLevel.Hostile => new(Relationship, 3,
            "The relationship is already hostile, so even a small failure can blow up."),
        LoyaltyLevel.Cautious => new(Relationship, 2,
            "The client is cautious with us; this failure confirms their doubts unless it is handled very well."),
        LoyaltyLevel.Neutral => new(Relationship, 1,
            "The relationship is neutral, with little goodwill to draw on."),
        LoyaltyLevel.Loyal => new(Relationship, 0,
            "A loyal client with a healthy relationship forgives a small, well-handled failure more easily."),
        LoyaltyLevel.Advocate => new(Relationship, 0,
            "The client speaks up for us; that goodwill carries a well-handled failure, but do not spend it carelessly."),
        _ => throw new ArgumentOutOfRangeException(nameof(loyalty), loyalty, "Unknown loyalty level."),
    };

    private static SeverityFactor DamageFactor(Money? loss, DamageKinds damage, PersonalHarm personalHarm, SeverityThresholds thresholds)
    {
        var (points, reason) = loss switch
        {
            null => (1, "The loss is not estimated yet; it is counted as moderate until it is."),
            _ when loss.Amount < thresholds.Moderate => (0, $"The loss ({loss}) is small."),
            _ when loss.Amount < thresholds.Large => (1, $"The loss ({loss}) is moderate."),
            _ when loss.Amount < thresholds.Severe => (2, $"The loss ({loss}) is large."),
            _ => (3, $"The loss ({loss}) is severe."),
        };

        var bumps = new List<string>();
        if (damage.HasFlag(DamageKinds.Reputation))
        {
            bumps.Add("the client's reputation is harmed");
        }

        if (personalHarm == PersonalHarm.Serious)
        {
            bumps.Add("our contact is seriously hurt personally");
        }

        if (bumps.Count > 0)
        {
            var bumped = Math.Min(points + 1, MaxDamagePoints);
            var because = string.Join(" and ", bumps);
            reason += bumped > points
                ? $" It counts one step higher because {because}."
                : $" Also, {because}; the damage is already at its highest.";
            points = bumped;
        }

        return new SeverityFactor(Damage, points, reason);
    }

    private static SeverityFactor HandlingFactor(int mistakes) => mistakes switch
    {
        0 => new(Handling, 0, "No handling mistakes so far."),
        1 => new(Handling, 1, "One handling mistake so far; the rest of the playbook has to make up for it."),
        _ => new(Handling, MaxHandlingPoints, $"{mistakes.ToString(System.Globalization.CultureInfo.InvariantCulture)} handling mistakes so far; the way we handle it is making things worse."),
    };
}
