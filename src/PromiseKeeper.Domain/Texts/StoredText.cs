using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace PromiseKeeper.Domain.Texts;

/// <summary>
/// Renders a text stored as a key of a keyed file and its <see cref="TextValues"/> (a timeline entry) in a reader's
/// language and time zone. The same file holds how values are shown: <c>format.date</c> and <c>format.time</c>
/// (.NET patterns), and the words for stages, client texts and statuses (<c>word.stage.Conversation</c>, ...).
/// Values a person typed are inserted as typed.
/// </summary>
public static partial class StoredText
{
    /// <summary>The text of <paramref name="key"/> in <paramref name="language"/>, its moments shown in <paramref name="zone"/>.</summary>
    /// <exception cref="InvalidOperationException">
    /// When the file has no text for the key, or the text names a value that is not given (a text-file bug).
    /// </exception>
    public static string Render(string file, string key, TextValues values, string language, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(zone);
        language = Languages.OrEnglish(language);
        var shown = values.ToDictionary(v => v.Name, v => (object?)Show(file, v, language, zone), StringComparer.Ordinal);
        var text = TextCatalog.Get(file, key, shown, language);
        // A value at the start of a sentence (a name, "the recap") starts it with a capital letter.
        return text.Length > 0 && char.IsLower(text[0])
            ? char.ToUpper(text[0], CultureInfo.GetCultureInfo(language)) + text[1..]
            : text;
    }

    /// <summary>
    /// Fills each <c>{{Name}}</c> of <paramref name="template"/>, a text kept outside the keyed files (an audit entry's
    /// details, translated by the web's resources), with its value as shown in <paramref name="language"/>, taking words
    /// and formats from <paramref name="file"/>. A name without a value stays as it is: the template may come from a translation.
    /// </summary>
    public static string Fill(string template, TextValues values, string file, string language, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(values);
        language = Languages.OrEnglish(language);
        var byName = values.ToDictionary(v => v.Name, StringComparer.Ordinal);
        return Placeholder().Replace(template, match =>
            byName.TryGetValue(match.Groups["name"].Value, out var value) ? Show(file, value, language, zone) : match.Value);
    }

    /// <summary>How <paramref name="value"/> reads in <paramref name="language"/>.</summary>
    public static string Show(string file, TextValue value, string language, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(zone);
        var culture = CultureInfo.GetCultureInfo(language);
        return value.Kind switch
        {
            TextValueKind.Text => value.Value,
            TextValueKind.Stage => Word(file, "stage", value.Value, language),
            TextValueKind.ClientText => Word(file, "client-text", value.Value, language),
            TextValueKind.MeasureStatus => Word(file, "measure-status", value.Value, language),
            TextValueKind.Date => Day(file, value.Value, language, culture),
            TextValueKind.Instant => Moment(file, value.Value, language, culture, zone),
            TextValueKind.Money => Amount(value.Value, culture),
            TextValueKind.Count => int.Parse(value.Value, NumberStyles.Integer, CultureInfo.InvariantCulture).ToString(culture),
            TextValueKind.DatedTopics => string.Join("; ", value.Value.Split('\n').Select(line =>
            {
                var parts = line.Split('\t', 2);
                return $"{Day(file, parts[0], language, culture)}: {(parts.Length > 1 ? parts[1] : string.Empty)}";
            })),
            TextValueKind.Words => Words(file, value.Value, language),
            TextValueKind.Corrections => Incidents.CorrectedFields.Changes(value.Value, language, zone),
            _ => throw new ArgumentOutOfRangeException(nameof(value), value.Kind, "Not a kind of stored value."),
        };
    }

    [GeneratedRegex(@"\{\{(?<name>[A-Za-z][A-Za-z0-9]*)\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    private static string Word(string file, string group, string name, string language) =>
        TextCatalog.Get(file, $"word.{group}.{name}", language: language);

    private static string Words(string file, string stored, string language)
    {
        var parts = stored.Split(':', 2);
        return parts.Length < 2 || parts[1].Length == 0
            ? string.Empty
            : string.Join(", ", parts[1].Split(',').Select(name => Word(file, parts[0], name, language)));
    }

    private static string Day(string file, string stored, string language, CultureInfo culture) =>
        DateOnly.ParseExact(stored, TextValue.DateFormat, CultureInfo.InvariantCulture)
            .ToString(TextCatalog.Get(file, "format.date", language: language), culture);

    private static string Moment(string file, string stored, string language, CultureInfo culture, DateTimeZone zone)
    {
        var instant = DateTimeOffset.Parse(stored, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
        var local = LocalTimes.InZone(instant, zone);
        return $"{local.ToString(TextCatalog.Get(file, "format.time", language: language), culture)} {zone.Id}";
    }

    private static string Amount(string stored, CultureInfo culture)
    {
        var parts = stored.Split(' ', 2);
        var amount = decimal.Parse(parts[0], NumberStyles.Number, CultureInfo.InvariantCulture);
        return $"{amount.ToString("N2", culture)} {(parts.Length > 1 ? parts[1] : string.Empty)}".TrimEnd();
    }
}
