namespace PromiseKeeper.Domain.Texts;

/// <summary>
/// The CLDR plural categories of whole numbers in each language, in the order a plural text lists its forms:
/// English one | other; Russian one | few | many (1, 21 / 2–4, 22–24 / 5–20, 25–30); Slovenian one | two | few | other
/// (1, 101 / 2, 102 / 3–4, 103–104 / the rest).
/// </summary>
public static class PluralRules
{
    private static readonly string[] EnglishCategories = ["one", "other"];
    private static readonly string[] RussianCategories = ["one", "few", "many"];
    private static readonly string[] SlovenianCategories = ["one", "two", "few", "other"];

    /// <summary>The language's categories, in the order of the forms in a plural text.</summary>
    public static IReadOnlyList<string> Categories(string language) => Languages.OrEnglish(language) switch
    {
        Languages.Russian => RussianCategories,
        Languages.Slovenian => SlovenianCategories,
        _ => EnglishCategories,
    };

    /// <summary>The category of <paramref name="count"/> in the language, e.g. "few" for 3 in Russian.</summary>
    public static string Category(string language, long count) => Categories(language)[FormIndex(language, count)];

    /// <summary>Which of the language's forms fits <paramref name="count"/> (an index into <see cref="Categories"/>).</summary>
    public static int FormIndex(string language, long count)
    {
        var n = Math.Abs(count);
        return Languages.OrEnglish(language) switch
        {
            Languages.Russian => (n % 10, n % 100) switch
            {
                (1, not 11) => 0,
                (>= 2 and <= 4, not (>= 12 and <= 14)) => 1,
                _ => 2,
            },
            Languages.Slovenian => (n % 100) switch
            {
                1 => 0,
                2 => 1,
                3 or 4 => 2,
                _ => 3,
            },
            _ => n == 1 ? 0 : 1,
        };
    }
}
