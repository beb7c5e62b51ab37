using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;

namespace PromiseKeeper.Domain.Texts;

/// <summary>
/// Short keyed texts (explanations, reasons, what blocks a step) read from a text file with one
/// <c>key | text</c> per line; <c>#</c> starts a comment. A text may name values as <c>{{Loss}}</c>, filled
/// by plain replacement (no conditions, no loops: the code picks the key). Files are parsed once per language.
/// </summary>
public static partial class TextCatalog
{
    private static readonly ConcurrentDictionary<(string File, string Language), IReadOnlyDictionary<string, string>> Cache = new();

    /// <summary>The text stored under <paramref name="key"/>, filled with <paramref name="values"/>.</summary>
    /// <exception cref="InvalidOperationException">
    /// When the key is missing, or the text names a value that was not given or is null, or has a malformed placeholder (a text-file bug).
    /// </exception>
    public static string Get(string file, string key, IReadOnlyDictionary<string, object?>? values = null, string language = TextResources.DefaultLanguage)
    {
        var texts = Cache.GetOrAdd((file, language), k => Parse(k.File, k.Language));
        if (!texts.TryGetValue(key, out var template))
        {
            throw new InvalidOperationException($"{file} ({language}) has no text for \"{key}\".");
        }

        return Replace(template, values ?? new Dictionary<string, object?>(), $"{file} ({language}), \"{key}\"");
    }

    /// <summary>The English text stored under <paramref name="key"/>, filled with the named values.</summary>
    /// <exception cref="InvalidOperationException">
    /// When the key is missing, or the text names a value that was not given or is null, or has a malformed placeholder (a text-file bug).
    /// </exception>
    public static string Fill(string file, string key, params (string Name, object? Value)[] values) =>
        Get(file, key, values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal));

    /// <summary>Every key of the file, for tests that check each text renders.</summary>
    public static IReadOnlyCollection<string> Keys(string file, string language = TextResources.DefaultLanguage) =>
        [.. Cache.GetOrAdd((file, language), k => Parse(k.File, k.Language)).Keys];

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

            return Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
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
