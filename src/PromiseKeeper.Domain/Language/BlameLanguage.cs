namespace PromiseKeeper.Domain.Language;

/// <summary>
/// Checks a client-facing text (call request, voicemail script, call plan, email, recap) for wording that
/// throws a colleague, another team or the client under the bus, or that denies or downplays the promise:
/// mistake C of the playbook. The word list is <c>Texts/&lt;language&gt;/blame-phrases.txt</c>.
/// </summary>
public static class BlameLanguage
{
    /// <summary>
    /// The findings in <paramref name="text"/>, ordered by position and never overlapping (where two matches
    /// overlap, the longer one is kept). Null or empty text has no findings. A language without its own
    /// word list is checked with the English one.
    /// </summary>
    public static IReadOnlyList<BlameFinding> Check(string? text, string language = "en") =>
        string.IsNullOrEmpty(text) ? [] : BlameLexicon.ForLanguage(language).Check(text);

    /// <summary>A short label for the category, e.g. "Blames a colleague".</summary>
    public static string Describe(BlameCategory category) => category switch
    {
        BlameCategory.BlamesColleague => "Blames a colleague",
        BlameCategory.BlamesAnotherTeam => "Blames another team or a supplier",
        BlameCategory.BlamesClient => "Blames the client",
        BlameCategory.DeniesPromise => "Denies or downplays the promise",
        BlameCategory.LegalAskedNotToSay => "Legal asked not to say this",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Unknown blame category."),
    };
}
