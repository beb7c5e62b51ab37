using System.IO.Compression;
using System.Text;
using PromiseKeeper.Domain.Evidence;

namespace PromiseKeeper.Domain.Tests;

/// <summary><see cref="EvidenceFileCheck"/>: evidence files are recognised by content, limited in size and safely named.</summary>
public class EvidenceFileCheckTests
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< >>\nendobj\n%%EOF\n");
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00];
    private static readonly byte[] Exe = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00];

    private const string Email =
        "From: Ana Novak <ana@example.com>\r\n" +
        "To: Mark Lee <mark@example.org>\r\n" +
        "Subject: Delivery date\r\n" +
        "  (continued subject line)\r\n" +
        "Date: Thu, 26 Nov 2026 14:00:00 +0100\r\n" +
        "Message-ID: <1234@example.com>\r\n" +
        "\r\n" +
        "Hello Mark,\r\nthe delivery moves to Friday.\r\n";

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Zip(params string[] entryNames)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in entryNames)
            {
                using var writer = new StreamWriter(archive.CreateEntry(name).Open());
                writer.Write("<x/>");
            }
        }

        return stream.ToArray();
    }

    private static byte[] Docx() => Zip("[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels");

    private static string Rejection(string? name, byte[] content) =>
        Assert.Throws<DomainException>(() => EvidenceFileCheck.Check(name, content)).Message;

    public static TheoryData<string, byte[], EvidenceFileType, string> ValidFiles() => new()
    {
        { "contract.pdf", Pdf, EvidenceFileType.Pdf, "application/pdf" },
        { "screenshot.png", Png, EvidenceFileType.Png, "image/png" },
        { "photo.jpg", Jpeg, EvidenceFileType.Jpeg, "image/jpeg" },
        { "photo.jpeg", Jpeg, EvidenceFileType.Jpeg, "image/jpeg" },
        { "minutes.docx", Docx(), EvidenceFileType.Docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
        { "thread.eml", Utf8(Email), EvidenceFileType.Eml, "message/rfc822" },
        { "notes.txt", Utf8("Call notes\n\tThe client was upset.\f\r\n"), EvidenceFileType.Txt, "text/plain" },
    };

    [Theory]
    [MemberData(nameof(ValidFiles))]
    public void Accepts_each_allowed_type_by_its_content(string name, byte[] content, EvidenceFileType type, string contentType)
    {
        var result = EvidenceFileCheck.Check(name, content);

        Assert.Equal(type, result.Type);
        Assert.Equal(contentType, result.ContentType);
        Assert.Equal(name, result.FileName);
        Assert.Equal(content.Length, result.SizeBytes);
    }

    [Fact]
    public void Extension_is_matched_ignoring_case_and_kept_as_given()
    {
        var result = EvidenceFileCheck.Check("SCAN.PDF", Pdf);

        Assert.Equal(EvidenceFileType.Pdf, result.Type);
        Assert.Equal("SCAN.PDF", result.FileName);
    }

    [Fact]
    public void Utf8_text_with_non_ascii_letters_and_a_byte_order_mark_is_text()
    {
        byte[] content = [0xEF, 0xBB, 0xBF, .. Utf8("Dogovor s stranko: rok je četrtek. Клиент доволен. 😊")];

        Assert.Equal(EvidenceFileType.Txt, EvidenceFileCheck.Check("zapiski.txt", content).Type);
    }

    [Fact]
    public void Text_that_is_not_valid_utf8_is_refused()
    {
        byte[] latin1 = [.. Utf8("Caf"), 0xE9, .. Utf8(" au lait")];

        Assert.Contains("is not a PDF, Word (.docx), email (.eml), text, PNG or JPEG file", Rejection("menu.txt", latin1), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("line\u0000nul")]
    [InlineData("escape \u001b[31m red")]
    [InlineData("bell \u0007")]
    [InlineData("delete \u007f")]
    public void Text_with_control_characters_is_refused(string text)
    {
        Rejection("notes.txt", Utf8(text));
    }

    [Fact]
    public void Windows_executable_is_refused()
    {
        var message = Rejection("invoice.pdf", Exe);

        Assert.Equal("\"invoice.pdf\" is not a PDF, Word (.docx), email (.eml), text, PNG or JPEG file. Save it in one of these formats and upload it again.", message);
    }

    [Fact]
    public void Executable_without_an_extension_is_refused()
    {
        Rejection("setup", Exe);
    }

    [Fact]
    public void Zip_that_is_not_a_word_document_is_refused()
    {
        Rejection("archive.docx", Zip("readme.txt", "data/values.csv"));
        Rejection("book.docx", Zip("[Content_Types].xml", "xl/workbook.xml"));
    }

    [Fact]
    public void Zip_with_content_types_and_a_word_folder_is_a_word_document()
    {
        Assert.Equal(EvidenceFileType.Docx, EvidenceFileCheck.Check("a.docx", Zip("[Content_Types].xml", "word/styles.xml")).Type);
    }

    [Fact]
    public void Zip_with_only_the_word_document_part_is_a_word_document()
    {
        Assert.Equal(EvidenceFileType.Docx, EvidenceFileCheck.Check("a.docx", Zip("word/document.xml")).Type);
    }

    [Fact]
    public void Truncated_zip_is_refused()
    {
        Rejection("broken.docx", Docx()[..40]);
    }

    [Fact]
    public void Png_named_as_pdf_is_refused_with_the_real_type()
    {
        var message = Rejection("report.pdf", Png);

        Assert.Equal("\"report.pdf\" ends in .pdf, but its content is a PNG image, not a PDF document. Rename it to .png, or upload the file you meant.", message);
    }

    [Theory]
    [InlineData("scan.png")]
    [InlineData("scan.jpg")]
    [InlineData("scan.docx")]
    [InlineData("scan.txt")]
    [InlineData("scan.eml")]
    public void Pdf_with_another_allowed_extension_is_refused(string name)
    {
        Assert.Contains("but its content is a PDF document", Rejection(name, Pdf), StringComparison.Ordinal);
    }

    [Fact]
    public void Docx_named_as_text_is_refused()
    {
        Rejection("minutes.txt", Docx());
    }

    [Fact]
    public void Plain_text_named_eml_is_refused()
    {
        var message = Rejection("mail.eml", Utf8("Hello,\nthis is just a note.\n"));

        Assert.Contains("its content is plain text, not an email", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_with_one_header_is_not_an_email()
    {
        Rejection("mail.eml", Utf8("Subject: hello\n\nBody\n"));
    }

    [Fact]
    public void Text_whose_first_block_is_not_all_headers_is_not_an_email()
    {
        Rejection("mail.eml", Utf8("From: a@example.com\nTo: b@example.com\nthis line is no header\n\nBody\n"));
    }

    [Fact]
    public void Email_headers_are_recognised_in_any_case_with_lf_endings_and_an_mbox_line()
    {
        var content = Utf8("From ana@example.com Thu Nov 26 14:00:00 2026\nmime-version: 1.0\nRECEIVED: from mx\nX-Custom: 1\n\nBody");

        Assert.Equal(EvidenceFileType.Eml, EvidenceFileCheck.Check("m.eml", content).Type);
    }

    [Fact]
    public void Email_saved_as_text_is_accepted_as_text()
    {
        var result = EvidenceFileCheck.Check("thread.txt", Utf8(Email));

        Assert.Equal(EvidenceFileType.Txt, result.Type);
        Assert.Equal("text/plain", result.ContentType);
    }

    [Theory]
    [InlineData("contract", "contract.pdf")]
    [InlineData("Meeting notes v2.final draft", "Meeting notes v2.final draft.pdf")]
    [InlineData("export.bin", "export.bin.pdf")]
    public void Name_without_an_accepted_extension_gets_the_detected_one(string name, string expected)
    {
        Assert.Equal(expected, EvidenceFileCheck.Check(name, Pdf).FileName);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"<>|?*")]
    public void Missing_name_becomes_evidence_with_the_detected_extension(string? name)
    {
        Assert.Equal("evidence.jpg", EvidenceFileCheck.Check(name, Jpeg).FileName);
        Assert.Equal("evidence.eml", EvidenceFileCheck.Check(name, Utf8(Email)).FileName);
        Assert.Equal("evidence.txt", EvidenceFileCheck.Check(name, Utf8("plain")).FileName);
    }

    [Fact]
    public void Name_that_is_only_an_extension_becomes_evidence()
    {
        Assert.Equal("evidence.pdf", EvidenceFileCheck.Check(".pdf", Pdf).FileName);
    }

    [Theory]
    [InlineData("C:\\Users\\ana\\Desktop\\contract.pdf", "contract.pdf")]
    [InlineData("/home/ana/contract.pdf", "contract.pdf")]
    [InlineData("../../etc/contract.pdf", "contract.pdf")]
    [InlineData("  contract  final .pdf  ", "contract final.pdf")]
    [InlineData("\"quoted\" 'name'.pdf", "quoted name.pdf")]
    [InlineData("a<b>c:d|e?f*g.pdf", "abcdefg.pdf")]
    [InlineData("line\r\nbreak\t.pdf", "line break.pdf")]
    [InlineData("null\u0000byte.pdf", "nullbyte.pdf")]
    [InlineData("right\u202Eto-left.pdf", "rightto-left.pdf")]
    [InlineData("zero\u200Bwidth.pdf", "zerowidth.pdf")]
    [InlineData("...hidden.pdf", "hidden.pdf")]
    [InlineData("report...pdf", "report.pdf")]
    [InlineData("Pogodba – čšž.pdf", "Pogodba – čšž.pdf")]
    public void File_name_is_sanitised(string name, string expected)
    {
        Assert.Equal(expected, EvidenceFileCheck.Check(name, Pdf).FileName);
    }

    [Fact]
    public void Long_name_is_cut_to_the_limit_keeping_the_extension()
    {
        var result = EvidenceFileCheck.Check(new string('a', 300) + ".docx", Docx());

        Assert.Equal(EvidenceFileCheck.FileNameMaxLength, result.FileName.Length);
        Assert.EndsWith("a.docx", result.FileName, StringComparison.Ordinal);
    }

    [Fact]
    public void Name_at_the_limit_is_kept()
    {
        var name = new string('b', EvidenceFileCheck.FileNameMaxLength - 4) + ".pdf";

        Assert.Equal(name, EvidenceFileCheck.Check(name, Pdf).FileName);
    }

    [Fact]
    public void Cutting_a_long_name_does_not_split_a_surrogate_pair()
    {
        // 195 characters before ".pdf" leave room for 196: the emoji (two chars) at 195..196 must go whole.
        var name = new string('c', 195) + "😊😊.pdf";

        var result = EvidenceFileCheck.Check(name, Pdf).FileName;

        Assert.Equal(new string('c', 195) + ".pdf", result);
        Assert.True(result.Length <= EvidenceFileCheck.FileNameMaxLength);
    }

    [Fact]
    public void Empty_file_is_refused()
    {
        Assert.Equal("\"contract.pdf\" is empty. Choose the file again; it may not have been saved completely.", Rejection("contract.pdf", []));
    }

    [Fact]
    public void File_of_exactly_ten_megabytes_is_accepted()
    {
        var content = new byte[EvidenceFileCheck.MaxSizeBytes];
        Pdf.CopyTo(content, 0);

        var result = EvidenceFileCheck.Check("big.pdf", content);

        Assert.Equal(10L * 1024 * 1024, result.SizeBytes);
    }

    [Fact]
    public void File_one_byte_over_ten_megabytes_is_refused()
    {
        var content = new byte[EvidenceFileCheck.MaxSizeBytes + 1];
        Pdf.CopyTo(content, 0);

        Assert.Equal("\"big.pdf\" is 10.1 MB; the limit is 10 MB per file. Compress it, or split it into smaller files.", Rejection("big.pdf", content));
    }

    [Fact]
    public void Size_in_the_message_is_in_megabytes_with_one_decimal()
    {
        var content = new byte[(long)(12.3 * 1024 * 1024)];
        Png.CopyTo(content, 0);

        Assert.StartsWith("\"scan.png\" is 12.3 MB; the limit is 10 MB", Rejection("scan.png", content), StringComparison.Ordinal);
    }

    [Fact]
    public void Size_is_checked_before_the_content()
    {
        Assert.Contains("the limit is 10 MB", Rejection(null, new byte[EvidenceFileCheck.MaxSizeBytes + 1]), StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_leading_signature_decides_the_type()
    {
        // A JPEG named .jpg is a JPEG, whatever the bytes after its signature.
        byte[] content = [.. Jpeg, .. Utf8("%PDF-1.4")];

        Assert.Equal(EvidenceFileType.Jpeg, EvidenceFileCheck.Check("x.jpg", content).Type);
    }
}
