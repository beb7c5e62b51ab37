namespace PromiseKeeper.Domain.Clients;

/// <summary>A client account we make promises to.</summary>
public sealed class Client
{
    public const int NameMaxLength = 200;

    private Client(string name, LoyaltyLevel loyalty, DateTimeOffset createdAt)
    {
        Name = name;
        Loyalty = loyalty;
        CreatedAt = createdAt;
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    public LoyaltyLevel Loyalty { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static Client Create(string name, LoyaltyLevel loyalty, DateTimeOffset now)
    {
        var violations = Check(name, loyalty);
        if (violations.Count > 0)
        {
            throw new DomainException(violations);
        }

        return new Client(name.Trim(), loyalty, now.ToUniversalTime());
    }

    /// <summary>The rules for a new client, keyed by "Name" and "Loyalty".</summary>
    public static IReadOnlyList<RuleViolation> Check(string? name, LoyaltyLevel loyalty)
    {
        var violations = new List<RuleViolation>();
        if (string.IsNullOrWhiteSpace(name))
        {
            violations.Add(new("Name", "Enter the client's name."));
        }
        else if (name.Trim().Length > NameMaxLength)
        {
            violations.Add(new("Name", $"Keep the client's name to {NameMaxLength} characters or fewer."));
        }

        if (!Enum.IsDefined(loyalty))
        {
            violations.Add(new("Loyalty", "Choose how loyal the client is."));
        }

        return violations;
    }
}
