using PromiseKeeper.Domain.Texts;

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

    /// <summary>Adds a client, as typed. For tests and demo data only: the pages parse the form with <see cref="Parse"/> and call the overload that takes the <see cref="ClientToAdd"/>.</summary>
    /// <exception cref="DomainException">When a rule of <see cref="Parse"/> is broken.</exception>
    [ForTestsAndDemoData]
    public static Client Create(string name, LoyaltyLevel loyalty, DateTimeOffset now) => Create(Parse(name, loyalty).OrThrow(), now);

    public static Client Create(ClientToAdd client, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(client);
        return new Client(client.Name, client.Loyalty, now.ToUniversalTime());
    }

    /// <summary>Checks a new client's name and loyalty: the client ready to add, or the broken rules keyed by "Name" and "Loyalty".</summary>
    public static Checked<ClientToAdd> Parse(string? name, LoyaltyLevel? loyalty)
    {
        var check = new RuleCheck();
        var trimmed = name?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            check.Add(nameof(Name), Messages.Of("client.name-missing"));
        }
        else if (trimmed.Length > NameMaxLength)
        {
            check.Add(nameof(Name), Messages.Count("client.name-too-long(count)", NameMaxLength));
        }
        else
        {
            check.RefuseInName(nameof(Name), trimmed);
        }

        var level = check.Defined(nameof(Loyalty), loyalty, Messages.Of("client.loyalty-missing"));
        return Checked<ClientToAdd>.From(check, () => new ClientToAdd { Name = trimmed, Loyalty = level });
    }
}

/// <summary>A new client, checked: only <see cref="Client.Parse"/> makes one.</summary>
public sealed record ClientToAdd
{
    internal ClientToAdd()
    {
    }

    public string Name { get; internal init; } = string.Empty;

    public LoyaltyLevel Loyalty { get; internal init; }
}
