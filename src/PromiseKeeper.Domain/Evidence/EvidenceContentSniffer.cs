using System.IO.Compression;
using System.Text;
using System.Text.Unicode;

namespace PromiseKeeper.Domain.Evidence;

/// <summary>Tells what an uploaded file is from its bytes alone (signatures, a .docx's zip entries, an email's header block).</summary>
internal static class EvidenceContentSniffer
{
    private static readonly byte[] PdfSignature = "%PDF-"u8.ToArray();
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegSignature = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];
    private static readonly string[] EmailHeaders = ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Received"];

    /// <summary>The types the content can be, best first (an email is also text when it has no other control characters).</summary>
    public static List<EvidenceFileType> Detect(ReadOnlySpan<byte> content)
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
}
