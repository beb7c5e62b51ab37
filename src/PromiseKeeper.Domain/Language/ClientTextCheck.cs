namespace PromiseKeeper.Domain.Language;

/// <summary>
/// The check of one incident's client-facing texts: the language's blame word list, plus blame on the people
/// recorded on the incident (such as who made the promise) by name, however the name is written.
/// and the phrases legal asked not to say on the incident.
/// </summary>
public sealed class ClientTextCheck
{
    private readonly BlameLexicon _lexicon;
    private readonly IReadOnlyList<string> _doNotSay;

    private ClientTextCheck(BlameLexicon lexicon, IReadOnlyList<string> doNotSay)
    {
        _lexicon = lexicon;
        _doNotSay = doNotSay;
    }

    /// <summary>
    /// The check for texts about an incident whose record names <paramref name="peopleOnRecord"/>, each as typed
    /// on the record ("Jordan Blake (former sales lead)"): the name before any bracket or comma, in full and each of
    /// its capitalised words, is looked for when given as the cause.
    /// </summary>
    public static ClientTextCheck For(IEnumerable<string?> peopleOnRecord, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(peopleOnRecord);
        var lexicon = BlameLexicon.ForLanguage(language);
        return new ClientTextCheck(lexicon.WithPeople(peopleOnRecord.SelectMany(p => NamesIn(p, lexicon))), []);
    }

    /// <summary>The same check, also finding the phrases legal asked not to say (category <see cref="BlameCategory.LegalAskedNotToSay"/>).</summary>
    public ClientTextCheck WithDoNotSay(IReadOnlyList<string> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        return phrases.Count == 0 ? this : new ClientTextCheck(_lexicon, phrases);
    }

    /// <summary>
    /// The findings in <paramref name="text"/>, ordered by position; blame findings never overlap each other,
    /// a phrase legal asked not to say may overlap one.
    /// </summary>
    public IReadOnlyList<BlameFinding> Check(string? text) => _doNotSay.Count == 0
        ? _lexicon.Check(text)
        : [.. _lexicon.Check(text).Concat(DoNotSayPhrases.Find(text, _doNotSay)).OrderBy(f => f.Start).ThenByDescending(f => f.Length)];

    private static IEnumerable<string> NamesIn(string? recorded, BlameLexicon lexicon)
    {
        if (string.IsNullOrWhiteSpace(recorded))
        {
            yield break;
        }

        var end = recorded.IndexOfAny(['(', ',', ';', '/', '<', '[']);
        var name = (end < 0 ? recorded : recorded[..end]).Trim();
        var words = name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var names = words.Where(w => w.Length >= 2 && char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c is '-' or '\'' or '’') && !lexicon.IsNotAName(w)).ToList();
        if (names.Count == 0)
        {
            yield break;
        }

        if (words.Length > 1 && names.Count == words.Length)
        {
            yield return string.Join(' ', words);
        }

        foreach (var word in names)
        {
            yield return word;
        }
    }
}
