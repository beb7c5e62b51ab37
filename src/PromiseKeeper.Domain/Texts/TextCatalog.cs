using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;

namespace PromiseKeeper.Domain.Texts;

/// <summary>
/// Short keyed texts (explanations, reasons, what blocks a step) read from a text file with one
/// <c>key | text</c> per line; <c>#</c> starts a comment. A text may name values as <c>{{Loss}}</c>, filled
/// by plain replacement (no conditions, no loops: the code picks the key); numbers and dates in the current culture.
/// A key ending in <c>(count)</c> holds one form per plural category of its language (see <see cref="PluralRules"/>),
/// separated by <c>|</c>. Without a language, texts are read in the current UI language. Files are parsed once per language.
/// </summary>
public static partial class TextCatalog
{
    private static readonly ConcurrentDictionary<(string File, string Language), IReadOnlyDictionary<string, string>> Cache = new();

    /// <summary>The text stored under <paramref name="key"/>, filled with <paramref name="values"/>.</summary>
    /// <exception cref="InvalidOperationException">
    /// When the key is missing, or the text names a value that was not given or is null, or has a malformed placeholder (a text-file bug).
    /// </exception>
    public static string Get(string file, string key, IReadOnlyDictionary<string, object?>? values = null, string? language = null)
    {
        language ??= Languages.OfCurrentUi();
        var template = Template(file, key, language);
        // Most texts (every label) have no placeholder: nothing to fill or to check, so no regex and no allocation.
        if (!template.Contains('{', StringComparison.Ordinal) && !template.Contains('}', StringComparison.Ordinal))
        {
            return template;
        }

        return Replace(template, values ?? new Dictionary<string, object?>(), $"{file} ({language}), \"{key}\"");
    }

    /// <summary>The text stored under <paramref name="key"/> in the current UI language, filled with the named values.</summary>
    /// <exception cref="InvalidOperationException">
    /// When the key is missing, or the text names a value that was not given or is null, or has a malformed placeholder (a text-file bug).
    /// </exception>
    public static string Fill(string file, string key, params (string Name, object? Value)[] values) =>
        Get(file, key, values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal));

    /// <summary>
    /// The form of the plural text <paramref name="key"/> (ending in <c>(count)</c>) that fits <paramref name="count"/>
    /// in the language (without one, the current UI language), filled with <c>{{Count}}</c> and the named values.
    /// </summary>
    /// <exception cref="InvalidOperationException">When the key is missing or does not hold one form per plural category.</exception>
    public static string Count(string file, string key, long count, string? language, params (string Name, object? Value)[] values)
    {
        language ??= Languages.OfCurrentUi();
        var forms = Forms(file, key, language);
        var named = values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
        named["Count"] = count;
        return Replace(forms[PluralRules.FormIndex(language, count)], named, $"{file} ({language}), \"{key}\"");
    }

    /// <summary>The forms of a plural text, one per plural category of the language, in <see cref="PluralRules.Categories"/> order.</summary>
    /// <exception cref="InvalidOperationException">When the key is missing or its number of forms does not fit the language.</exception>
    public static IReadOnlyList<string> Forms(string file, string key, string language)
    {
        var forms = Template(file, key, language).Split('|', StringSplitOptions.TrimEntries);
        var expected = PluralRules.Categories(language).Count;
        if (!IsPlural(key) || forms.Length != expected || forms.Any(f => f.Length == 0))
        {
            throw new InvalidOperationException($"{file} ({language}), \"{key}\": a plural text ends its key in (count) and has {expected} forms separated by |.");
        }

        return forms;
    }

    /// <summary>Whether the key holds plural forms (its name ends in <c>(count)</c>).</summary>
    public static bool IsPlural(string key) => key.EndsWith("(count)", StringComparison.Ordinal);

    /// <summary>Every key of the file, for tests that check each text renders.</summary>
    public static IReadOnlyCollection<string> Keys(string file, string language = Languages.English) =>
        [.. Cache.GetOrAdd((file, language), k => Parse(k.File, k.Language)).Keys];

    /// <summary>The unfilled text of <paramref name="key"/>, for tests that compare the placeholders of the languages.</summary>
    /// <exception cref="InvalidOperationException">When the key is missing.</exception>
    public static string Template(string file, string key, string language)
    {
        var texts = Cache.GetOrAdd((file, language), k => Parse(k.File, k.Language));
        if (!texts.TryGetValue(key, out var template))
        {
            throw new InvalidOperationException($"{file} ({language}) has no text for \"{key}\".");
        }

        return template;
    }

    /// <summary>Replaces each <c>{{Name}}</c> in one pass, so a value that contains braces is inserted as it is.</summary>
    private static string Replace(string template, IReadOnlyDictionary<string, object?> values, string where)
    {
        var leftover = Placeholder().Replace(template, string.Empty);
        if (leftover.Contains("{{", StringComparison.Ordinal) || leftover.Contains("}}", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{where}: a placeholder is not of the form {{{{Name}}}}: \"{template}\".");
        }

        return Placeholder().Replace(template, match =>
        {
            var name = match.Groups["name"].Value;
            if (!values.TryGetValue(name, out var value) || value is null)
            {
                throw new InvalidOperationException($"{where} names {{{{{name}}}}}, but no value of that name was given.");
            }

            return Convert.ToString(value, CultureInfo.CurrentCulture) ?? string.Empty;
        });
    }

    [GeneratedRegex(@"\{\{(?<name>[A-Za-z][A-Za-z0-9]*)\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    private static Dictionary<string, string> Parse(string file, string language)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var number = 0;
        foreach (var line in TextResources.Read(file, language).Split('\n'))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split('|', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
            {
                throw new InvalidOperationException($"{file} ({language}), line {number}: expected \"key | text\" but found \"{line}\".");
            }

            if (!texts.TryAdd(parts[0], parts[1]))
            {
                throw new InvalidOperationException($"{file} ({language}), line {number}: the key \"{parts[0]}\" appears twice.");
            }
        }

        return texts;
    }
}
