using System.Globalization;
using System.Text;
using NodaTime;
using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Domain.Incidents;

/// <summary>
/// The facts a correction may change, as <see cref="FieldCorrection.Field"/> keeps them: the property's name (a key), shown
/// in the reader's language through the <c>word.corrected-field.*</c> words of <see cref="IncidentEvent.TextFile"/>. Rows
/// written before keys hold the English name ("contact name"); they read the same. The values before and after are kept
/// as written then (English words, UTC, invariant amounts) and shown here in the reader's words, zone and number format.
/// </summary>
public static class CorrectedFields
{
    /// <summary>What a field's stored value is.</summary>
    private enum Kind
    {
        Text,
        Enum,
        Damage,
        Money,
        Time,
        Day,
        YesNo,
    }

    private const string NoValue = "(none)";
    private const string Nobody = "nobody yet";
    private const string TimeFormat = "yyyy-MM-dd HH:mm 'UTC'";
    private const string Yes = "yes";
    private const string No = "no";

    // Form order: the key, the English name a row held before keys, and the value's kind.
    private static readonly (string Key, string English, Kind Kind, Type? Enum)[] Fields =
    [
        (nameof(Incident.Summary), "summary", Kind.Text, null),
        (nameof(Incident.Kind), "kind", Kind.Enum, typeof(IncidentKind)),
        (nameof(Incident.ContactName), "contact name", Kind.Text, null),
        (nameof(Incident.ContactRole), "contact role", Kind.Text, null),
        (nameof(Incident.ContactEmail), "contact email", Kind.Text, null),
        (nameof(Incident.PromiseDescription), "what was promised", Kind.Text, null),
        (nameof(Incident.Fault), "fault", Kind.Enum, typeof(Fault)),
        (nameof(Incident.Damage), "damage", Kind.Damage, null),
        (nameof(Incident.OurLossEstimate), "our loss estimate", Kind.Money, null),
        (nameof(Incident.ClientClaimedLoss), "loss the client claims", Kind.Money, null),
        (nameof(Incident.PersonalHarm), "personal harm", Kind.Enum, typeof(PersonalHarm)),
        (nameof(Incident.PersonalHarmNote), "how it affects them", Kind.Text, null),
        (nameof(Incident.DiscoveredAt), "discovered at", Kind.Time, null),
        (nameof(Incident.ClientToldAt), "the client found out at", Kind.Time, null),
        (nameof(Incident.FirstDisclosure), "who told whom first", Kind.Enum, typeof(FirstDisclosure)),
        // Who promised, when and where: changed on the Origin page once the origin is recorded.
        (nameof(Incident.PromiseChannel), "where it was promised", Kind.Enum, typeof(PromiseChannel)),
        (nameof(Incident.PromisedOn), "promised on", Kind.Day, null),
        (nameof(Incident.PromisedBy), "promised by", Kind.Text, null),
        (nameof(Incident.PromisedByHasLeft), "who promised has left the company", Kind.YesNo, null),
        (nameof(Incident.ContractReference), "contract reference", Kind.Text, null),
        (nameof(Incident.ClientGoals), "what the client was after", Kind.Text, null),
    ];

    /// <summary>Every key, in form order.</summary>
    public static IReadOnlyList<string> Keys { get; } = [.. Fields.Select(f => f.Key)];

    /// <summary>The field's name in <paramref name="language"/>; a field of no known key or English name as stored.</summary>
    public static string Name(string stored, string language) =>
        Find(stored) is { } field ? Word($"corrected-field.{field.Key}", language) : stored;

    /// <summary>A value before or after a correction in <paramref name="language"/> and <paramref name="zone"/>; what it cannot read, as stored.</summary>
    public static string Value(string field, string stored, string language, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(stored);
        language = Languages.OrEnglish(language);
        if (stored == NoValue)
        {
            return Word("corrected-value.none", language);
        }

        if (stored == Nobody)
        {
            return Word("corrected-value.nobody-yet", language);
        }

        var culture = CultureInfo.GetCultureInfo(language);
        return Find(field) switch
        {
            { Kind: Kind.Enum, Enum: { } type } => EnumLabel(type, stored, language) ?? stored,
            { Kind: Kind.Damage } => Damage(stored, language) ?? stored,
            { Kind: Kind.Money } when MoneyOf(stored) is { } money =>
                StoredText.Show(IncidentEvent.TextFile, TextValue.Money("V", money), language, zone),
            { Kind: Kind.Time } when DateTimeOffset.TryParseExact(stored, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) =>
                StoredText.Show(IncidentEvent.TextFile, TextValue.Instant("V", at), language, zone),
            { Kind: Kind.Day } when DateOnly.TryParseExact(stored, TextValue.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) =>
                StoredText.Show(IncidentEvent.TextFile, TextValue.Date("V", day), language, zone),
            { Kind: Kind.YesNo } when stored is Yes or No => Word($"corrected-value.{stored}", language),
            _ => stored,
        };
    }

    /// <summary>A timeline entry's corrected fields (<see cref="TextValueKind.Corrections"/>): "fault: Ours → A third party's; …" in <paramref name="language"/>.</summary>
    internal static string Changes(string stored, string language, DateTimeZone zone) =>
        string.Join("; ", stored.Split('\n').Select(line => line.Split('\t')).Select(parts => parts.Length == 3
            ? $"{Name(parts[0], language)}: {Value(parts[0], parts[1], language, zone)} → {Value(parts[0], parts[2], language, zone)}"
            : string.Join(' ', parts)));

    /// <summary>How a value is written into the record's history: "(none)" for nothing, enum values as English words, UTC times, invariant amounts.</summary>
    internal static string Stored(string? text) => text ?? NoValue;

    internal static string Stored(Money? money) =>
        money is { } m ? string.Create(CultureInfo.InvariantCulture, $"{m.Amount:0.00} {m.Currency}") : NoValue;

    internal static string Stored(DateTimeOffset? at) =>
        at is { } t ? t.ToUniversalTime().ToString(TimeFormat, CultureInfo.InvariantCulture) : NoValue;

    internal static string Stored(DamageKinds damage) =>
        damage == DamageKinds.None
            ? NoValue
            : string.Join(", ", Enum.GetValues<DamageKinds>().Where(k => k != DamageKinds.None && damage.HasFlag(k)).Select(k => Words(k.ToString())));

    internal static string Stored(DateOnly? day) =>
        day is { } d ? d.ToString(TextValue.DateFormat, CultureInfo.InvariantCulture) : NoValue;

    internal static string Stored(bool value) => value ? Yes : No;

    internal static string Stored(FirstDisclosure? disclosure) => disclosure is { } was ? Stored(was) : Nobody;

    internal static string Stored<TEnum>(TEnum value)
        where TEnum : struct, Enum => Words(value.ToString());

    internal static string Stored<TEnum>(TEnum? value)
        where TEnum : struct, Enum => value is { } known ? Stored(known) : NoValue;

    private static (string Key, string English, Kind Kind, Type? Enum)? Find(string stored) =>
        Fields.FirstOrDefault(f => f.Key == stored || f.English == stored) is { Key: not null } found ? found : null;

    private static string Word(string name, string language) => TextCatalog.Get(IncidentEvent.TextFile, $"word.{name}", language: language);

    private static string? EnumLabel(Type type, string stored, string language) =>
        Enum.GetNames(type).FirstOrDefault(name => Words(name) == stored) is { } name
            ? TextCatalog.Get(Labels.File, $"{type.Name}.{name}", language: language)
            : null;

    private static string? Damage(string stored, string language)
    {
        var labels = stored.Split(", ").Select(part => EnumLabel(typeof(DamageKinds), part, language)).ToList();
        return labels.Any(l => l is null) ? null : string.Join(", ", labels);
    }

    private static Money? MoneyOf(string stored)
    {
        var parts = stored.Split(' ');
        return parts.Length == 2 && decimal.TryParse(parts[0], NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) && Money.IsCurrencyCode(parts[1]) && amount >= 0
            ? new Money(amount, parts[1])
            : null;
    }

    /// <summary>"ThirdParty" as "third party".</summary>
    private static string Words(string name)
    {
        var words = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && words.Length > 0)
            {
                words.Append(' ');
            }

            words.Append(char.ToLowerInvariant(c));
        }

        return words.ToString();
    }
}
