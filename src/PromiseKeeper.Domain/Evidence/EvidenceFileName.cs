using System.Globalization;
using System.Text;

namespace PromiseKeeper.Domain.Evidence;

/// <summary>Makes an uploaded file's name safe to store and to send back in a Content-Disposition header.</summary>
internal static class EvidenceFileName
{
    private const string DefaultStem = "evidence";

    // Characters that are invalid in a Windows or Unix file name, plus quotes (they break Content-Disposition headers).
    private static readonly char[] InvalidNameChars = ['<', '>', ':', '"', '\'', '`', '/', '\\', '|', '?', '*'];

    /// <summary>The name without any path, control, formatting or invalid characters, with whitespace collapsed.</summary>
    public static string Clean(string? fileName)
    {
        if (string.IsNullOrWhiteSpace(fileName))
        {
            return string.Empty;
        }

        var name = fileName[(fileName.LastIndexOfAny(['/', '\\']) + 1)..];
        var builder = new StringBuilder(name.Length);
        foreach (var rune in name.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune))
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }

                continue;
            }

            if (Rune.IsControl(rune)
                || rune == Rune.ReplacementChar
                || Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.PrivateUse
                || (rune.IsBmp && InvalidNameChars.Contains((char)rune.Value)))
            {
                continue;
            }

            builder.Append(rune.ToString());
        }

        return builder.ToString().Trim();
    }

    /// <summary>Splits "report.final.pdf" into ("report.final", ".pdf"); a trailing part is an extension only when short and alphanumeric.</summary>
    public static (string Stem, string Extension) Split(string name)
    {
        var dot = name.LastIndexOf('.');
        if (dot >= 0)
        {
            var extension = name[dot..];
            if (extension.Length is >= 2 and <= 11 && extension.Skip(1).All(char.IsAsciiLetterOrDigit))
            {
                return (TrimStem(name[..dot]), extension);
            }
        }

        return (TrimStem(name), string.Empty);
    }

    private static string TrimStem(string stem) => stem.Trim().Trim('.').Trim();

    public static string Build(string stem, string extension)
    {
        stem = TrimStem(stem);
        if (stem.Length == 0)
        {
            stem = DefaultStem;
        }

        var room = EvidenceFileCheck.FileNameMaxLength - extension.Length;
        if (stem.Length > room)
        {
            var cut = char.IsHighSurrogate(stem[room - 1]) ? room - 1 : room;
            stem = TrimStem(stem[..cut]);
        }

        return (stem.Length == 0 ? DefaultStem : stem) + extension;
    }
}
