using System.Globalization;

namespace PromiseKeeper.Domain.Texts;

/// <summary>
/// The languages PromiseKeeper speaks, by their two-letter code: the pages (each user's choice), the drafts (each client's)
/// and the blame check (the language of the text). Anything else falls back to English.
/// </summary>
public static class Languages
{
    public const string English = "en";

    public const string Russian = "ru";

    public const string Slovenian = "sl";

    public const int CodeMaxLength = 8;

    public static IReadOnlyList<string> All { get; } = [English, Russian, Slovenian];

    // A pattern rather than All.Contains: it runs for every localized text of every page, and allocates nothing.
    public static bool IsSupported(string? code) => code is English or Russian or Slovenian;

    /// <summary>The code when supported, else English.</summary>
    public static string OrEnglish(string? code) => IsSupported(code) ? code! : English;

    /// <summary>The language of the current request's pages (the UI culture), else English.</summary>
    public static string OfCurrentUi() => OrEnglish(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);

    /// <summary>The language's name in itself, as a language picker lists it.</summary>
    public static string NativeName(string code) => code switch
    {
        English => "English",
        Russian => "Русский",
        Slovenian => "Slovenščina",
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Not a supported language."),
    };
}
