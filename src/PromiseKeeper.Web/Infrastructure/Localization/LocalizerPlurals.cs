using System.Globalization;
using Microsoft.AspNetCore.Mvc.Localization;
using Microsoft.Extensions.Localization;
using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Web.Infrastructure.Localization;

/// <summary>
/// Counted phrases in the reader's language: <c>L.Plural(n, "{0} day", "{0} days")</c>. English takes the two forms given;
/// a translation keys each form by the English plural and its CLDR category (<c>"{0} days|few"</c>), see <see cref="PluralRules"/>.
/// The count is formatted in the current culture as <c>{0}</c>; further values follow as <c>{1}</c>, <c>{2}</c>….
/// </summary>
public static class LocalizerPlurals
{
    public static string Plural(this IStringLocalizer localizer, long count, string one, string other, params object[] values)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        var language = Languages.OfCurrentUi();
        var category = PluralRules.CategoryOf(language, count);
        var arguments = Arguments(count, values);
        if (language == Languages.English)
        {
            return string.Format(CultureInfo.CurrentCulture, category == PluralRules.One ? one : other, arguments);
        }

        return localizer[KeyOf(other, category), arguments].Value;
    }

    public static LocalizedHtmlString Plural(this IHtmlLocalizer localizer, long count, string one, string other, params object[] values)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        var language = Languages.OfCurrentUi();
        var category = PluralRules.CategoryOf(language, count);
        var arguments = Arguments(count, values);
        if (language == Languages.English)
        {
            var english = category == PluralRules.One ? one : other;
            return new LocalizedHtmlString(english, english, isResourceNotFound: false, arguments);
        }

        return localizer[KeyOf(other, category), arguments];
    }

    /// <summary>The resource key of one plural form: the English plural, a bar and the CLDR category.</summary>
    public static string KeyOf(string englishPlural, string category) => $"{englishPlural}|{category}";

    private static object[] Arguments(long count, object[] values) =>
        [count.ToString("N0", CultureInfo.CurrentCulture), .. values];
}
