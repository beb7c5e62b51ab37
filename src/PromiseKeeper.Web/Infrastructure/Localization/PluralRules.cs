using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Web.Infrastructure.Localization;

/// <summary>
/// The CLDR plural category of a whole number in each language the app speaks (CLDR's plural rules, integers only):
/// English one/other; Russian one (1, 21, 101…), few (2–4, 22–24…), many (0, 5–20, 25…); Slovenian one (1, 101…),
/// two (2, 102…), few (3–4, 103–104…), other. The rules are short and fixed by CLDR, so they are written out here
/// rather than pulled in with an ICU binding (see docs/adr/0017).
/// </summary>
public static class PluralRules
{
    public const string One = "one";
    public const string Two = "two";
    public const string Few = "few";
    public const string Many = "many";
    public const string Other = "other";

    /// <summary>The categories a translation must give for the language, in the order a translator reads them.</summary>
    public static IReadOnlyList<string> CategoriesOf(string language) => language switch
    {
        Languages.Russian => [One, Few, Many],
        Languages.Slovenian => [One, Two, Few, Other],
        _ => [One, Other],
    };

    public static string CategoryOf(string language, long count)
    {
        var n = Math.Abs(count);
        var lastDigit = n % 10;
        var lastTwo = n % 100;
        return language switch
        {
            Languages.Russian when lastDigit == 1 && lastTwo != 11 => One,
            Languages.Russian when lastDigit is >= 2 and <= 4 && lastTwo is < 12 or > 14 => Few,
            Languages.Russian => Many,
            Languages.Slovenian when lastTwo == 1 => One,
            Languages.Slovenian when lastTwo == 2 => Two,
            Languages.Slovenian when lastTwo is 3 or 4 => Few,
            Languages.Slovenian => Other,
            _ => n == 1 ? One : Other,
        };
    }
}
