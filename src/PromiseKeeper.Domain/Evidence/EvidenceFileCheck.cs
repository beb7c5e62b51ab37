using System.Globalization;
using PromiseKeeper.Domain.Texts;

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

    /// <exception cref="DomainException">When the file is empty, too large, of a type not accepted, or named with an extension its content contradicts.</exception>
    public static CheckedEvidenceFile Check(string? fileName, ReadOnlySpan<byte> content)
    {
        var (stem, extension) = EvidenceFileName.Split(EvidenceFileName.Clean(fileName));
        var shownName = stem.Length == 0 ? Messages.Of("evidence.file-unnamed") : Messages.Of("evidence.file-named", ("Name", stem + extension));

        if (content.IsEmpty)
        {
            throw new DomainException(Messages.Of("evidence.empty", ("File", shownName)));
        }

        if (content.Length > MaxSizeBytes)
        {
            var megabytes = Math.Ceiling(content.Length * 10m / (1024 * 1024)) / 10m;
            throw new DomainException(Messages.Of("evidence.too-large", ("File", shownName), ("Size", megabytes.ToString("0.0", CultureInfo.CurrentCulture))));
        }

        var candidates = EvidenceContentSniffer.Detect(content);
        if (candidates.Count == 0)
        {
            throw new DomainException(Messages.Of("evidence.unknown-type", ("File", shownName)));
        }

        var declared = TypeForExtension(extension);
        EvidenceFileType type;
        if (declared is { } named)
        {
            if (!candidates.Contains(named))
            {
                throw new DomainException(Messages.Of(
                    "evidence.wrong-extension",
                    ("File", shownName),
                    ("Extension", extension),
                    ("Actual", Describe(candidates[0])),
                    ("Named", Describe(named)),
                    ("Suggested", DefaultExtension(candidates[0]))));
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

        return new CheckedEvidenceFile(type, EvidenceFileName.Build(stem, extension), ContentType(type), content.Length);
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

    private static string Describe(EvidenceFileType type) => Enum.IsDefined(type)
        ? Messages.Of($"evidence.kind.{type.ToString().ToLowerInvariant()}")
        : throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown evidence file type.");
}
