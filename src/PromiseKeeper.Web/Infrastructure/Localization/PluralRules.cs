using DomainPluralRules = PromiseKeeper.Domain.Texts.PluralRules;

namespace PromiseKeeper.Web.Infrastructure.Localization;

/// <summary>
/// The CLDR plural categories the web's resource files use (<c>"{0} days|few"</c>), by name. The rules themselves are
/// the domain's <see cref="DomainPluralRules"/> (English one/other; Russian one/few/many; Slovenian one/two/few/other),
/// so a page and a domain text never disagree about a count (see docs/adr/0017).
/// </summary>
public static class PluralRules
{
    public const string One = "one";
    public const string Two = "two";
    public const string Few = "few";
    public const string Many = "many";
    public const string Other = "other";

    /// <summary>The categories a translation must give for the language, in the order a translator reads them.</summary>
    public static IReadOnlyList<string> CategoriesOf(string language) => DomainPluralRules.Categories(language);

    public static string CategoryOf(string language, long count) => DomainPluralRules.Category(language, count);
}
