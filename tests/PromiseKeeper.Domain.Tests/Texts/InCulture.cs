using System.Globalization;

namespace PromiseKeeper.Domain.Tests.Texts;

/// <summary>Runs a piece of a test with the current culture and UI culture set, as a request in that language would.</summary>
internal static class InCulture
{
    public static T Run<T>(string name, Func<T> action)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
            return action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}
