using PromiseKeeper.Domain.Texts;

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

    /// <summary>The file of short category labels, one <c>Category | label</c> a line, in each language.</summary>
    public const string CategoriesFile = "blame-categories.txt";

    /// <summary>A short label for the category in the current UI language (English when it is not supported), e.g. "Blames a colleague".</summary>
    /// <exception cref="ArgumentOutOfRangeException">The category is not defined.</exception>
    public static string Describe(BlameCategory category) => Describe(category, Languages.OfCurrentUi());

    /// <summary>A short label for the category in <paramref name="language"/> (English when it is not supported).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The category is not defined.</exception>
    public static string Describe(BlameCategory category, string? language) => Enum.IsDefined(category)
        ? TextCatalog.Get(CategoriesFile, category.ToString(), language: Languages.OrEnglish(language))
        : throw new ArgumentOutOfRangeException(nameof(category), category, "Unknown blame category.");
}
