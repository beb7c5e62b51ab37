using System.Reflection;

namespace PromiseKeeper.Domain.Texts;

/// <summary>
/// Reads the domain's text files (keyed explanations, acknowledgement advice, word lists) embedded from <c>Texts/&lt;language&gt;/</c>.
/// A language without its own file falls back to English.
/// </summary>
public static class TextResources
{
    public const string DefaultLanguage = "en";

    private static readonly Assembly Assembly = typeof(TextResources).Assembly;

    /// <summary>The text of <paramref name="fileName"/> (e.g. "severity.txt") in the language, else in English.</summary>
    /// <exception cref="InvalidOperationException">When not even the English file exists (a packaging mistake).</exception>
    public static string Read(string fileName, string language = DefaultLanguage)
    {
        return TryRead(fileName, language)
            ?? TryRead(fileName, DefaultLanguage)
            ?? throw new InvalidOperationException($"The text file Texts/{DefaultLanguage}/{fileName} is not embedded in {Assembly.GetName().Name}.");
    }

    /// <summary>True when <paramref name="language"/> has its own <paramref name="fileName"/> (no fallback to English).</summary>
    public static bool Has(string fileName, string language) =>
        Assembly.GetManifestResourceInfo($"Texts/{language}/{fileName}") is not null;

    /// <summary>The languages that have at least one text file.</summary>
    public static IReadOnlyList<string> Languages() =>
        [.. Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Texts/", StringComparison.Ordinal))
            .Select(n => n.Split('/')[1])
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];

    private static string? TryRead(string fileName, string language)
    {
        using var stream = Assembly.GetManifestResourceStream($"Texts/{language}/{fileName}");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
