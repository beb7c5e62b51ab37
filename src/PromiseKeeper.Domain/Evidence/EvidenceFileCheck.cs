using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Unicode;

namespace PromiseKeeper.Domain.Evidence;

/// <summary>
/// Checks an uploaded evidence file by its content (PDF, Word .docx, email .eml, text, PNG or JPEG, at most 10 MB);
/// neither the extension nor the browser's content type is trusted. An extension of an accepted type must agree
/// with the content; a name without one (or with any other extension) gets the detected type's extension appended.
/// </summary>
public static class EvidenceFileCheck
{
    public const long MaxSizeBytes = 10L * 1024 * 1024;
    public const int FileNameMaxLength = 200;

    private const string DefaultStem = "evidence";

    private static readonly byte[] PdfSignature = "%PDF-"u8.ToArray();
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegSignature = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    private static readonly string[] EmailHeaders = ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Received"];

    // Characters that are invalid in a Windows or Unix file name, plus quotes (they break Content-Disposition headers).
    private static readonly char[] InvalidNameChars = ['<', '>', ':', '"', '\'', '`', '/', '\\', '|', '?', '*'];

    /// <exception cref="DomainException">When the file is empty, too large, of a type not accepted, or named with an extension its content contradicts.</exception>
    public static CheckedEvidenceFile Check(string? fileName, ReadOnlySpan<byte> content)
    {
        var (stem, extension) = SplitName(CleanName(fileName));
        var shownName = stem.Length == 0 ? "The file" : $"\"{stem}{extension}\"";

        if (content.IsEmpty)
        {
            throw new DomainException($"{shownName} is empty. Choose the file again; it may not have been saved completely.");
        }

        if (content.Length > MaxSizeBytes)
        {
            var megabytes = Math.Ceiling(content.Length * 10m / (1024 * 1024)) / 10m;
            throw new DomainException(string.Create(CultureInfo.InvariantCulture,
                $"{shownName} is {megabytes:0.0} MB; the limit is 10 MB per file. Compress it, or split it into smaller files."));
        }

        var candidates = Detect(content);
        if (candidates.Count == 0)
        {
            throw new DomainException($"{shownName} is not a PDF, Word (.docx), email (.eml), text, PNG or JPEG file. Save it in one of these formats and upload it again.");
        }

        var declared = TypeForExtension(extension);
        EvidenceFileType type;
        if (declared is { } named)
        {
            if (!candidates.Contains(named))
            {
                throw new DomainException(
                    $"{shownName} ends in {extension}, but its content is {Describe(candidates[0])}, not {Describe(named)}. " +
                    $"Rename it to {DefaultExtension(candidates[0])}, or upload the file you meant.");
            }

            type = named;
        }
        else
        {
            // No extension, or one we do not accept: keep it in the name and append the one that tells the truth.
            type = candidates[0];
            stem += extension;
            extension = DefaultExtension(type);
        }

        return new CheckedEvidenceFile(type, BuildName(stem, extension), ContentType(type), content.Length);
    }

    /// <summary>The canonical MIME type stored and served for the type.</summary>
    public static string ContentType(EvidenceFileType type) => type switch
    {
        EvidenceFileType.Pdf => "application/pdf",
        EvidenceFileType.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        EvidenceFileType.Eml => "message/rfc822",
        EvidenceFileType.Txt => "text/plain",
        EvidenceFileType.Png => "image/png",
        EvidenceFileType.Jpeg => "image/jpeg",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown evidence file type."),
    };

    /// <summary>The extension (with the dot) appended to a name that has none: ".pdf", ".docx", ".eml", ".txt", ".png", ".jpg".</summary>
    public static string DefaultExtension(EvidenceFileType type) => type switch
    {
        EvidenceFileType.Pdf => ".pdf",
        EvidenceFileType.Docx => ".docx",
        EvidenceFileType.Eml => ".eml",
        EvidenceFileType.Txt => ".txt",
        EvidenceFileType.Png => ".png",
        EvidenceFileType.Jpeg => ".jpg",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown evidence file type."),
    };

    private static EvidenceFileType? TypeForExtension(string extension) => extension.ToUpperInvariant() switch
    {
        ".PDF" => EvidenceFileType.Pdf,
        ".DOCX" => EvidenceFileType.Docx,
        ".EML" => EvidenceFileType.Eml,
        ".TXT" => EvidenceFileType.Txt,
        ".PNG" => EvidenceFileType.Png,
        ".JPG" or ".JPEG" => EvidenceFileType.Jpeg,
        _ => null,
    };

    private static string Describe(EvidenceFileType type) => type switch
    {
        EvidenceFileType.Pdf => "a PDF document",
        EvidenceFileType.Docx => "a Word document",
        EvidenceFileType.Eml => "an email",
        EvidenceFileType.Txt => "plain text",
        EvidenceFileType.Png => "a PNG image",
        EvidenceFileType.Jpeg => "a JPEG image",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown evidence file type."),
    };

    /// <summary>The types the content can be, best first (an email is also text when it has no other control characters).</summary>
    private static List<EvidenceFileType> Detect(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith(PdfSignature))
        {
            return [EvidenceFileType.Pdf];
        }

        if (content.StartsWith(PngSignature))
        {
            return [EvidenceFileType.Png];
        }

        if (content.StartsWith(JpegSignature))
        {
            return [EvidenceFileType.Jpeg];
        }

        if (content.StartsWith(ZipSignature))
        {
            return IsDocx(content) ? [EvidenceFileType.Docx] : [];
        }

        var text = DecodeText(content);
        if (text is null)
        {
            return [];
        }

        var types = new List<EvidenceFileType>(2);
        if (LooksLikeEmail(text))
        {
            types.Add(EvidenceFileType.Eml);
        }

        if (IsPlainText(text))
        {
            types.Add(EvidenceFileType.Txt);
        }

        return types;
    }

    private static bool IsDocx(ReadOnlySpan<byte> content)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(content.ToArray(), writable: false), ZipArchiveMode.Read);
            var names = archive.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            return names.Contains("word/document.xml")
                || (names.Contains("[Content_Types].xml") && names.Any(n => n.StartsWith("word/", StringComparison.Ordinal)));
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    /// <summary>The content as a string when it is valid UTF-8 (a byte order mark allowed) without NUL bytes; else null.</summary>
    private static string? DecodeText(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith(Utf8Bom))
        {
            content = content[Utf8Bom.Length..];
        }

        if (content.Contains((byte)0) || !Utf8.IsValid(content))
        {
            return null;
        }

        return Encoding.UTF8.GetString(content);
    }

    private static bool IsPlainText(string text)
    {
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\t' or '\r' or '\n' or '\f'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// An email's header block (up to the first blank line) holds only header fields and their continuation lines,
    /// at least two of them among From, To, Subject, Date, Message-ID, MIME-Version and Received.
    /// </summary>
    private static bool LooksLikeEmail(string text)
    {
        var found = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0)
            {
                break;
            }

            if (i == 0 && line.StartsWith("From ", StringComparison.Ordinal))
            {
                continue; // an mbox separator line
            }

            if (line[0] is ' ' or '\t')
            {
                if (i == 0)
                {
                    return false;
                }

                continue; // a folded continuation of the previous field
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || !IsFieldName(line.AsSpan(0, colon)))
            {
                return false;
            }

            var name = line[..colon];
            if (EmailHeaders.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                found.Add(name);
            }
        }

        return found.Count >= 2;
    }

    // RFC 5322: printable US-ASCII except colon and space.
    private static bool IsFieldName(ReadOnlySpan<char> name)
    {
        foreach (var c in name)
        {
            if (c is < '!' or > '~')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The name without any path, control, formatting or invalid characters, with whitespace collapsed.</summary>
    private static string CleanName(string? fileName)
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
    private static (string Stem, string Extension) SplitName(string name)
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

    private static string BuildName(string stem, string extension)
    {
        stem = TrimStem(stem);
        if (stem.Length == 0)
        {
            stem = DefaultStem;
        }

        var room = FileNameMaxLength - extension.Length;
        if (stem.Length > room)
        {
            var cut = char.IsHighSurrogate(stem[room - 1]) ? room - 1 : room;
            stem = TrimStem(stem[..cut]);
        }

        return (stem.Length == 0 ? DefaultStem : stem) + extension;
    }
}
