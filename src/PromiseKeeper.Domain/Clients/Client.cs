using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Domain.Clients;

/// <summary>A client account we make promises to.</summary>
public sealed partial class Client
{
    public const int NameMaxLength = 200;

    private Client(string name, LoyaltyLevel loyalty, string language, DateTimeOffset createdAt)
    {
        Name = name;
        Loyalty = loyalty;
        Language = language;
        CreatedAt = createdAt;
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    public LoyaltyLevel Loyalty { get; private set; }

    /// <summary>The language the client is written to in (<see cref="Languages"/>): every draft and the invitation, whatever the account manager reads.</summary>
    public string Language { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Adds a client, as typed. For tests and demo data only: the pages parse the form with <see cref="Parse"/> and call the overload that takes the <see cref="ClientToAdd"/>.</summary>
    /// <exception cref="DomainException">When a rule of <see cref="Parse"/> is broken.</exception>
    [ForTestsAndDemoData]
    public static Client Create(string name, LoyaltyLevel loyalty, DateTimeOffset now, string language = Languages.English) =>
        Create(Parse(name, loyalty, language).OrThrow(), now);

    public static Client Create(ClientToAdd client, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(client);
        return new Client(client.Name, client.Loyalty, client.Language, now.ToUniversalTime());
    }

    /// <summary>Checks a new client's name, loyalty and language: the client ready to add, or the broken rules keyed by "Name", "Loyalty" and "Language".</summary>
    public static Checked<ClientToAdd> Parse(string? name, LoyaltyLevel? loyalty, string? language)
    {
        var check = new RuleCheck();
        var trimmed = CheckName(check, name);
        var level = check.Defined(nameof(Loyalty), loyalty, Messages.Of("client.loyalty-missing"));
        CheckLanguage(check, language);
        return Checked<ClientToAdd>.From(check, () => new ClientToAdd { Name = trimmed, Loyalty = level, Language = language! });
    }

    /// <summary>Checks a client's new name and language: the changes ready to make, or the broken rules keyed by "Name" and "Language".</summary>
    public static Checked<ClientChanges> ParseChanges(string? name, string? language)
    {
        var check = new RuleCheck();
        var trimmed = CheckName(check, name);
        CheckLanguage(check, language);
        return Checked<ClientChanges>.From(check, () => new ClientChanges { Name = trimmed, Language = language! });
    }

    /// <summary>Renames the client and sets the language they are written to in; drafts made from now on follow it.</summary>
    public void Change(ClientChanges changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        Name = changes.Name;
        Language = changes.Language;
    }

    private static void CheckLanguage(RuleCheck check, string? language)
    {
        if (!Languages.IsSupported(language))
        {
            check.Add(nameof(Language), Messages.Of("client.language-missing"));
        }
    }

    private static string CheckName(RuleCheck check, string? name)
    {
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

        return trimmed;
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

    public string Language { get; internal init; } = Languages.English;
}

/// <summary>A client's new name and language, checked: only <see cref="Client.ParseChanges"/> makes one.</summary>
public sealed record ClientChanges
{
    internal ClientChanges()
    {
    }

    public string Name { get; internal init; } = string.Empty;

    public string Language { get; internal init; } = Languages.English;
}
