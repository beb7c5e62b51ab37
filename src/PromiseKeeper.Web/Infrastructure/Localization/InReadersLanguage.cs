using System.Globalization;
using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Web.Infrastructure.Localization;

/// <summary>
/// Writes something (an email) in another person's language than the request's: the thread's cultures are switched for
/// the call and put back afterwards, so localizers and number formats follow the reader.
/// </summary>
public static class InReadersLanguage
{
    /// <param name="language">The reader's language code; English when null or not offered.</param>
    public static T Write<T>(string? language, Func<T> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var uiCulture = CultureInfo.CurrentUICulture;
        var culture = CultureInfo.CurrentCulture;
        try
        {
            var reader = new CultureInfo(Languages.OrEnglish(language));
            CultureInfo.CurrentUICulture = reader;
            CultureInfo.CurrentCulture = reader;
            return write();
        }
        finally
        {
            CultureInfo.CurrentUICulture = uiCulture;
            CultureInfo.CurrentCulture = culture;
        }
    }
}
