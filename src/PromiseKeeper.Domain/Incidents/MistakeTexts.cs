using System.Collections.Concurrent;
using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Domain.Incidents;

/// <summary>Reads typical-mistakes.txt: one line per mistake, "letter | title | explanation".</summary>
internal static class MistakeTexts
{
    private static readonly ConcurrentDictionary<string, IReadOnlyDictionary<char, (string Title, string Explanation)>> Cache = new(StringComparer.Ordinal);

    public static IReadOnlyDictionary<char, (string Title, string Explanation)> Load(string language) =>
        Cache.GetOrAdd(language, Parse);

    private static IReadOnlyDictionary<char, (string Title, string Explanation)> Parse(string language)
    {
        var result = new Dictionary<char, (string, string)>();
        foreach (var line in TextResources.Read("typical-mistakes.txt", language).Split('\n'))
        {
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split('|', 3, StringSplitOptions.TrimEntries);
            if (parts.Length != 3 || parts[0].Length != 1)
            {
                throw new InvalidOperationException($"typical-mistakes.txt ({language}): expected \"letter | title | explanation\" but found \"{line}\".");
            }

            result[parts[0][0]] = (parts[1], parts[2]);
        }

        foreach (var letter in "ABCDE")
        {
            if (!result.ContainsKey(letter))
            {
                throw new InvalidOperationException($"typical-mistakes.txt ({language}) has no line for mistake {letter}.");
            }
        }

        return result;
    }
}
