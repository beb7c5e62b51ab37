using System.Text.RegularExpressions;
using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Domain.Language;

/// <summary>
/// Finds the phrases legal asked not to say in a client-facing text: as whole words, whatever the case,
/// with any run of spaces or line breaks between the words ("full  refund" matches "Full refund"). The explanation
/// is in the current UI language (it is shown to the user, not to the client).
/// </summary>
public static class DoNotSayPhrases
{
    private const string ExplanationKey = "LegalAskedNotToSay.explanation";

    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(200);

    /// <summary>The phrase as it is kept: trimmed, each run of whitespace one space.</summary>
    public static string Normalize(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        return string.Join(' ', phrase.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Every place a phrase of <paramref name="phrases"/> occurs in <paramref name="text"/>, by position.</summary>
    public static IReadOnlyList<BlameFinding> Find(string? text, IEnumerable<string> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var findings = new List<BlameFinding>();
        foreach (var phrase in phrases.Select(Normalize).Where(p => p.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            foreach (Match match in PatternFor(phrase).Matches(text))
            {
                findings.Add(new BlameFinding(BlameCategory.LegalAskedNotToSay, match.Value, match.Index, match.Length,
                    TextCatalog.Get(BlameLanguage.CategoriesFile, ExplanationKey, new Dictionary<string, object?> { ["Phrase"] = phrase }, Languages.OfCurrentUi())));
            }
        }

        return [.. findings.OrderBy(f => f.Start).ThenByDescending(f => f.Length)];
    }

    // Word boundaries only where the phrase starts or ends with a word character, so "24/7" or "(free)" still match.
    private static Regex PatternFor(string phrase)
    {
        var words = phrase.Split(' ').Select(Regex.Escape);
        var start = char.IsLetterOrDigit(phrase[0]) ? @"(?<![\p{L}\p{N}])" : string.Empty;
        var end = char.IsLetterOrDigit(phrase[^1]) ? @"(?![\p{L}\p{N}])" : string.Empty;
        return new Regex(start + string.Join(@"\s+", words) + end,
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout);
    }
}
