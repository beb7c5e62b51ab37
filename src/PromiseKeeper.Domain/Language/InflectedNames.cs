namespace PromiseKeeper.Domain.Language;

/// <summary>
/// The forms of a person's name on the record as a word list looks for them. In a language whose list defines the
/// set <c>{name-endings}</c> (Russian, Slovenian), a name is also found inflected: its stem (the name without a final
/// vowel, ь or й, and also without a fleeting е/о before the last consonant: Павел → Павла, Peter → Petra) followed
/// by one of those endings ("из-за Ивана", "zaradi Janeza", "с Марией").
/// </summary>
internal static class InflectedNames
{
    public const string EndingsSet = "name-endings";

    private const string DroppedFinals = "аеёиоуыэюяьйaeiou";
    private const string FleetingVowels = "еоeo";

    /// <summary>Regular-expression source for one word of a name: as written, or (with endings) any of its forms.</summary>
    public static string Regex(string word, string? endings)
    {
        var exact = Escape(word);
        return endings is null
            ? exact
            : $"(?:{exact}|(?:{string.Join('|', Stems(word).Select(Escape))})(?:{endings}))";
    }

    /// <summary>Text that every form of the word holds (for the prefilter): the longest safe piece of the stems' common start.</summary>
    public static string Required(string word, bool inflected)
    {
        var common = inflected ? Stems(word).Aggregate(word, CommonStart) : word;
        return common.Split('\'', '’', 'ё', 'Ё').MaxBy(piece => piece.Length) ?? "";
    }

    private static IEnumerable<string> Stems(string word)
    {
        var stem = word.Length > 2 && IsIn(word[^1], DroppedFinals) ? word[..^1] : word;
        yield return stem;
        if (stem.Length >= 4 && IsIn(stem[^2], FleetingVowels) && !IsIn(stem[^1], DroppedFinals) && !IsIn(stem[^3], DroppedFinals))
        {
            yield return stem[..^2] + stem[^1];
        }
    }

    private static bool IsIn(char c, string letters) => letters.Contains(char.ToLowerInvariant(c), StringComparison.Ordinal);

    private static string CommonStart(string a, string b)
    {
        var length = 0;
        while (length < a.Length && length < b.Length && char.ToLowerInvariant(a[length]) == char.ToLowerInvariant(b[length]))
        {
            length++;
        }

        return a[..length];
    }

    private static string Escape(string text) => System.Text.RegularExpressions.Regex.Escape(text)
        .Replace("'", "['’]", StringComparison.Ordinal)
        .Replace("’", "['’]", StringComparison.Ordinal)
        .Replace("ё", "[её]", StringComparison.Ordinal)
        .Replace("Ё", "[ЕЁ]", StringComparison.Ordinal);
}
