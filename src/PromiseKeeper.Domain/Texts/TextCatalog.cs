using System.Collections.Concurrent;

namespace PromiseKeeper.Domain.Texts;

/// <summary>
/// Short keyed texts (explanations, reasons, what blocks a step) read from a text file with one
/// <c>key | text</c> per line; <c>#</c> starts a comment. Each text may use <see cref="TextTemplate"/>
/// placeholders such as <c>{{Loss}}</c>. Files are parsed once per language.
/// </summary>
public static class TextCatalog
{
    private static readonly ConcurrentDictionary<(string File, string Language), IReadOnlyDictionary<string, string>> Cache = new();

    /// <summary>The text stored under <paramref name="key"/>, filled with <paramref name="values"/>.</summary>
    /// <exception cref="InvalidOperationException">When the key is missing or the text uses a name without a value (a text-file bug).</exception>
    public static string Get(string file, string key, IReadOnlyDictionary<string, object?>? values = null, string language = TextResources.DefaultLanguage)
    {
        var texts = Cache.GetOrAdd((file, language), k => Parse(k.File, k.Language));
        if (!texts.TryGetValue(key, out var template))
        {
            throw new InvalidOperationException($"{file} ({language}) has no text for \"{key}\".");
        }

        return TextTemplate.Render(template, values ?? new Dictionary<string, object?>());
    }

    /// <summary>The English text stored under <paramref name="key"/>, filled with the named values.</summary>
    /// <exception cref="InvalidOperationException">When the key is missing or the text uses a name without a value (a text-file bug).</exception>
    public static string Fill(string file, string key, params (string Name, object? Value)[] values) =>
        Get(file, key, values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal));

    /// <summary>Every key of the file, for tests that check each text renders.</summary>
    public static IReadOnlyCollection<string> Keys(string file, string language = TextResources.DefaultLanguage) =>
        [.. Cache.GetOrAdd((file, language), k => Parse(k.File, k.Language)).Keys];

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
