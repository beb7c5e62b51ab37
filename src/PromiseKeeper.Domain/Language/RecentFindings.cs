using Microsoft.Extensions.Caching.Memory;

namespace PromiseKeeper.Domain.Language;

/// <summary>
/// The findings of texts checked lately, by word list and text. A word list is immutable, so the same text always has the
/// same findings, and the same texts are checked again and again: a stage page shows the findings of the texts its last
/// save checked, and a save checks every text of its stage, changed or not. A long call plan took 10–15 ms to check.
/// </summary>
/// <remarks>
/// Bounded by the characters kept (<see cref="MaxCachedCharacters"/>, about 4 MB of text); texts longer than
/// <see cref="MaxTextLength"/> are checked every time. A word list with people's names (<see cref="BlameLexicon.WithPeople"/>)
/// is its own key, so a name on one incident never changes another incident's findings.
/// </remarks>
internal static class RecentFindings
{
    public const int MaxCachedCharacters = 2_000_000;

    public const int MaxTextLength = 50_000;

    private static readonly MemoryCache Findings = new(new MemoryCacheOptions { SizeLimit = MaxCachedCharacters });

    public static IReadOnlyList<BlameFinding> GetOrFind(BlameLexicon lexicon, string text, Func<string, IReadOnlyList<BlameFinding>> find)
    {
        if (text.Length > MaxTextLength)
        {
            return find(text);
        }

        var key = new Key(lexicon, text);
        if (Findings.TryGetValue(key, out IReadOnlyList<BlameFinding>? known) && known is not null)
        {
            return known;
        }

        var found = find(text);
        Findings.Set(key, found, new MemoryCacheEntryOptions { Size = Math.Max(text.Length, 1) });
        return found;
    }

    /// <summary>The word list by reference (each is immutable), the text by value.</summary>
    private readonly record struct Key(BlameLexicon Lexicon, string Text);
}
