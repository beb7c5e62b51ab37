using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Domain.Clients;

/// <summary>
/// A person we deal with at a client, kept once so the Log form offers them instead of having them retyped.
/// Never deleted: a contact who left is deactivated, so the incidents that name them still read true.
/// </summary>
public sealed class ClientContact
{
    public const int NameMaxLength = IncidentDetails.NameMaxLength;
    public const int TitleMaxLength = IncidentDetails.NameMaxLength;
    public const int EmailMaxLength = IncidentDetails.EmailMaxLength;
    public const int PhoneMaxLength = 40;

    private ClientContact(int clientId, string name, string? title, string? email, string? phone, string? language, bool isActive)
    {
        ClientId = clientId;
        Name = name;
        Title = title;
        Email = email;
        Phone = phone;
        Language = language;
        IsActive = isActive;
    }

    public int Id { get; private set; }

    public int ClientId { get; private set; }

    public string Name { get; private set; }

    /// <summary>Their title or role at the client (copied to the incident's contact role).</summary>
    public string? Title { get; private set; }

    public string? Email { get; private set; }

    public string? Phone { get; private set; }

    /// <summary>The language this person reads, when it differs from the client's; null to follow the client.</summary>
    public string? Language { get; private set; }

    /// <summary>False once they no longer deal with us: kept for the record, no longer offered on the Log form.</summary>
    public bool IsActive { get; private set; }

    /// <summary>The row version (PostgreSQL xmin), so two people editing the same contact do not overwrite each other.</summary>
    public uint Version { get; private set; }

    public static ClientContact Add(int clientId, ContactDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        return new ClientContact(clientId, details.Name, details.Title, details.Email, details.Phone, details.Language, isActive: true);
    }

    /// <summary>Checks a contact as typed: the details ready to save, or the broken rules keyed by "Name", "Title", "Email", "Phone" and "Language".</summary>
    public static Checked<ContactDetails> Parse(string? name, string? title, string? email, string? phone, string? language)
    {
        var check = new RuleCheck();
        var trimmed = check.Text(nameof(Name), name, NameMaxLength, Messages.Of("contact.name-missing"));
        if (trimmed.Length > 0)
        {
            check.RefuseInName(nameof(Name), trimmed);
        }

        var cleanTitle = check.OptionalTextValue(nameof(Title), title, TitleMaxLength);
        var cleanEmail = check.OptionalTextValue(nameof(Email), email, EmailMaxLength);
        if (cleanEmail is not null && !IncidentDetails.LooksLikeEmail(cleanEmail))
        {
            check.Add(nameof(Email), Messages.Of("contact.email-invalid"));
        }

        var cleanPhone = check.OptionalTextValue(nameof(Phone), phone, PhoneMaxLength);
        if (cleanPhone is not null && !LooksLikePhone(cleanPhone))
        {
            check.Add(nameof(Phone), Messages.Of("contact.phone-invalid"));
        }

        var cleanLanguage = RuleCheck.Clean(language);
        if (cleanLanguage is not null && !Languages.IsSupported(cleanLanguage))
        {
            check.Add(nameof(Language), Messages.Of("client.language-missing"));
        }

        return Checked<ContactDetails>.From(check, () => new ContactDetails
        {
            Name = trimmed,
            Title = cleanTitle,
            Email = cleanEmail,
            Phone = cleanPhone,
            Language = cleanLanguage,
        });
    }

    /// <summary>Replaces the contact's details; returns whether anything changed.</summary>
    public bool Change(ContactDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var changed = Name != details.Name || Title != details.Title || Email != details.Email || Phone != details.Phone || Language != details.Language;
        Name = details.Name;
        Title = details.Title;
        Email = details.Email;
        Phone = details.Phone;
        Language = details.Language;
        return changed;
    }

    /// <summary>Stops or resumes offering the contact on the Log form; returns whether anything changed.</summary>
    public bool SetActive(bool active)
    {
        var changed = IsActive != active;
        IsActive = active;
        return changed;
    }

    // Digits with the usual separators and an optional leading +; at least 5 digits.
    private static bool LooksLikePhone(string value) =>
        value.All(c => char.IsAsciiDigit(c) || c is ' ' or '-' or '(' or ')' or '.' or '/' || c == '+')
        && value.LastIndexOf('+') <= 0
        && value.Count(char.IsAsciiDigit) >= 5;
}

/// <summary>A contact's details, checked: only <see cref="ClientContact.Parse"/> makes one.</summary>
public sealed record ContactDetails
{
    internal ContactDetails()
    {
    }

    public string Name { get; internal init; } = string.Empty;

    public string? Title { get; internal init; }

    public string? Email { get; internal init; }

    public string? Phone { get; internal init; }

    public string? Language { get; internal init; }
}
