using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Evidence;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Pages.Incidents.Playbook;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Incidents.Playbook;

public sealed class EvidenceTests(WebAppFixture app) : WebAppTest(app)
{
    private int? _clientId;

    [Fact]
    public async Task Pasted_text_is_stored_with_who_added_it_and_a_timeline_entry()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var incident = await AddIncidentAsync(owner);
        App.Clock.Now = FixedClock.Start.AddMinutes(3);

        var id = await App.SendAsync(owner, m => m.Send(new AddPastedEvidence.Command
        {
            Id = incident.Id,
            Version = incident.Version,
            Title = "  Re: go-live date  ",
            Text = "From: Sam Sales\nWe will be live by 1 November, guaranteed.\n",
        }));

        var stored = await LoadAsync(incident.Id);
        var item = Assert.Single(stored.Evidence);
        Assert.Equal(id, item.Id);
        Assert.Equal("Re: go-live date", item.Title);
        Assert.Equal("From: Sam Sales\nWe will be live by 1 November, guaranteed.", item.PastedText);
        Assert.False(item.IsDocument);
        Assert.Equal(("Alex Morgan", App.Clock.Now), (item.AddedByName, item.AddedAt));
        Assert.Equal("Added evidence: \"Re: go-live date\" (pasted text).", stored.Timeline.OrderBy(e => e.Id).Last().Description);
        Assert.Equal(0, await App.WithDbAsync(db => db.EvidenceDocumentContents.CountAsync()));
    }

    [Fact]
    public async Task Pasted_text_without_title_or_text_is_refused_on_both_fields()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await AddIncidentAsync(owner);

        var exception = await Assert.ThrowsAsync<DomainException>(async () => await App.SendAsync(owner, m => m.Send(
            new AddPastedEvidence.Command { Id = incident.Id, Version = incident.Version, Title = " ", Text = null })));

        Assert.Equal(["Title", "Text"], exception.Violations.Select(v => v.Field));
        Assert.Empty((await LoadAsync(incident.Id)).Evidence);
    }

    [Fact]
    public async Task Posting_the_paste_form_without_text_shows_the_messages_next_to_the_fields_and_keeps_the_title()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await AddIncidentAsync(owner);
        using var http = await App.CreateSignedInClientAsync(owner);
        var form = await EvidenceForms.OpenAsync(http, incident.Id);

        using var posted = await http.PostFormAsync(form.PasteAction, [
            new("Data.Version", form.PasteVersion),
            new("Data.Title", "Re: go-live date"),
            new("Data.Text", "   "),
            new(HttpForms.TokenField, form.Token),
        ]);

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var html = await posted.Content.ReadAsStringAsync();
        Assert.Contains("The evidence was not added.", html, StringComparison.Ordinal);
        Assert.Equal("Paste the text of the email, chat or notes.", HttpForms.ValidationMessage(html, "Data.Text"));
        Assert.Equal(string.Empty, HttpForms.ValidationMessage(html, "Data.Title"));
        Assert.Equal(string.Empty, HttpForms.ValidationMessage(html, "Upload.Title"));
        Assert.Equal("Re: go-live date", HttpForms.InputValue(html, "Data.Title"));
        Assert.Empty((await LoadAsync(incident.Id)).Evidence);
    }

    [Fact]
    public async Task A_long_pasted_email_is_accepted_over_http_and_shown_on_the_page()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var incident = await AddIncidentAsync(owner);
        using var http = await App.CreateSignedInClientAsync(owner);
        var form = await EvidenceForms.OpenAsync(http, incident.Id);
        // 50,000 characters, URL-encoded to far more than the app's default 64 KB per form value.
        var line = "Grüße — we promise the go-live by 1 November <b>for sure</b>.\r\n";
        var text = string.Concat(Enumerable.Repeat(line, EvidenceItem.PastedTextMaxLength / line.Length + 1))[..EvidenceItem.PastedTextMaxLength].TrimEnd();

        using var posted = await http.PostFormAsync(form.PasteAction, [
            new("Data.Version", form.PasteVersion),
            new("Data.Title", "The whole thread"),
            new("Data.Text", text),
            new(HttpForms.TokenField, form.Token),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal($"/Incidents/{incident.Id}/Evidence", posted.Headers.Location!.OriginalString);
        var item = Assert.Single((await LoadAsync(incident.Id)).Evidence);
        Assert.Equal(text.ReplaceLineEndings("\n"), item.PastedText); // browsers post "\r\n"; the app keeps "\n"
        using var page = await http.GetAsync(posted.Headers.Location);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Added \"The whole thread\" (pasted text) to the evidence.", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("<summary><span class=\"fw-semibold text-break\">The whole thread</span>", html, StringComparison.Ordinal);
        // Shown as text, never as markup.
        Assert.Contains("&lt;b&gt;for sure&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.Contains("added by Alex Morgan", html, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> AcceptedFiles => new()
    {
        { "pdf", "Signed offer.pdf", "application/pdf" },
        { "png", "whiteboard.png", "image/png" },
        { "docx", "Statement of work.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
    };

    [Theory]
    [MemberData(nameof(AcceptedFiles))]
    public async Task An_uploaded_document_is_stored_and_downloads_as_the_same_bytes_as_an_attachment(string kind, string fileName, string contentType)
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var incident = await AddIncidentAsync(owner);
        var bytes = EvidenceFiles.For(kind);
        using var http = await App.CreateSignedInClientAsync(owner);

        using var posted = await EvidenceForms.UploadAsync(http, incident.Id, fileName, bytes, title: kind == "pdf" ? "The signed offer" : null);

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal($"/Incidents/{incident.Id}/Evidence", posted.Headers.Location!.OriginalString);
        var stored = await LoadAsync(incident.Id);
        var item = Assert.Single(stored.Evidence);
        Assert.Equal(kind == "pdf" ? "The signed offer" : fileName, item.Title);
        Assert.Equal((fileName, contentType, (long?)bytes.Length, "Alex Morgan"), (item.FileName, item.ContentType, item.SizeBytes, item.AddedByName));
        Assert.Equal($"Added evidence: \"{item.Title}\" ({fileName}).", stored.Timeline.OrderBy(e => e.Id).Last().Description);
        Assert.Equal(bytes, await App.WithDbAsync(db => db.EvidenceDocumentContents.Where(c => c.EvidenceItemId == item.Id).Select(c => c.Bytes).SingleAsync()));

        using var page = await http.GetAsync(posted.Headers.Location);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains($"Added \"{item.Title}\" ({fileName}, ", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        var downloadPath = $"/Incidents/{incident.Id}/Evidence/{item.Id}";
        Assert.Contains($"href=\"{downloadPath}\"", html, StringComparison.Ordinal);

        using var download = await http.GetAsync(new Uri(downloadPath, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(contentType, download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(fileName, download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal("nosniff", Assert.Single(download.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task A_five_megabyte_document_is_accepted_although_the_app_caps_other_requests_at_one()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await AddIncidentAsync(owner);
        var bytes = EvidenceFiles.Text(5 * 1024 * 1024);
        using var http = await App.CreateSignedInClientAsync(owner);

        using var posted = await EvidenceForms.UploadAsync(http, incident.Id, "server-log.txt", bytes);

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var item = Assert.Single((await LoadAsync(incident.Id)).Evidence);
        Assert.Equal(bytes.Length, item.SizeBytes);
        Assert.Equal(bytes.Length, await App.WithDbAsync(db => db.EvidenceDocumentContents.Select(c => c.Bytes.Length).SingleAsync()));
    }

    public static TheoryData<string, string> RejectedFiles => new()
    {
        { "exe named report.pdf", "\"report.pdf\" is not a PDF, Word (.docx), email (.eml), text, PNG or JPEG file." },
        { "png named chart.pdf", "\"chart.pdf\" ends in .pdf, but its content is a PNG image, not a PDF document." },
        { "empty notes.txt", "\"notes.txt\" is empty." },
        { "10 MB + 1 byte of text", "This file is 10.1 MB; the limit is 10 MB per file." },
    };

    [Theory]
    [MemberData(nameof(RejectedFiles))]
    public async Task A_rejected_file_is_answered_on_the_page_next_to_the_file_field_and_nothing_is_stored(string file, string message)
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await AddIncidentAsync(owner);
        var (fileName, bytes) = file switch
        {
            "exe named report.pdf" => ("report.pdf", EvidenceFiles.Exe()),
            "png named chart.pdf" => ("chart.pdf", EvidenceFiles.Png()),
            "empty notes.txt" => ("notes.txt", Array.Empty<byte>()),
            "10 MB + 1 byte of text" => ("big-log.txt", EvidenceFiles.Text((int)EvidenceFileCheck.MaxSizeBytes + 1)),
            _ => throw new ArgumentOutOfRangeException(nameof(file)),
        };
        using var http = await App.CreateSignedInClientAsync(owner);

        using var posted = await EvidenceForms.UploadAsync(http, incident.Id, fileName, bytes, title: "Kept title");

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var html = await posted.Content.ReadAsStringAsync();
        Assert.StartsWith(message, HttpForms.ValidationMessage(html, "Upload.File"), StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Upload_File\" class=\"alert-link\">", html, StringComparison.Ordinal);
        Assert.Equal(string.Empty, HttpForms.ValidationMessage(html, "Data.Title"));
        Assert.Equal("Kept title", HttpForms.InputValue(html, "Upload.Title"));
        await AssertNothingStoredAsync(incident);
    }

    [Fact]
    public async Task Uploading_without_choosing_a_file_asks_for_one()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await AddIncidentAsync(owner);
        using var http = await App.CreateSignedInClientAsync(owner);
        var form = await EvidenceForms.OpenAsync(http, incident.Id);

        // What a browser sends for an empty file input: a part with no file name and no content.
        using var content = EvidenceForms.UploadContent(form, fileName: "", [], title: "");
        using var posted = await http.PostAsync(new Uri(form.UploadAction, UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal("Choose the file to upload.", HttpForms.ValidationMessage(await posted.Content.ReadAsStringAsync(), "Upload.File"));
        await AssertNothingStoredAsync(incident);
    }

    [Fact]
    public async Task A_title_that_is_too_long_is_reported_next_to_the_upload_title()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await AddIncidentAsync(owner);
        using var http = await App.CreateSignedInClientAsync(owner);

        using var posted = await EvidenceForms.UploadAsync(http, incident.Id, "offer.pdf", EvidenceFiles.Pdf(), title: new string('t', EvidenceItem.TitleMaxLength + 1));

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var html = await posted.Content.ReadAsStringAsync();
        Assert.StartsWith("Keep this to 200 characters or fewer", HttpForms.ValidationMessage(html, "Upload.Title"), StringComparison.Ordinal);
        Assert.Equal(string.Empty, HttpForms.ValidationMessage(html, "Data.Title"));
        await AssertNothingStoredAsync(incident);
    }

    [Fact]
    public async Task Evidence_can_be_added_at_a_later_open_stage_but_not_once_the_incident_is_closed()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var open = await AddIncidentAsync(owner, PlaybookStage.Conversation);
        var closed = await AddIncidentAsync(owner, PlaybookStage.Closed);

        await App.SendAsync(owner, m => m.Send(new AddPastedEvidence.Command { Id = open.Id, Version = open.Version, Title = "Chat", Text = "Sure, by November." }));
        var refused = await Assert.ThrowsAsync<DomainException>(async () => await App.SendAsync(owner, m => m.Send(
            new AddPastedEvidence.Command { Id = closed.Id, Version = closed.Version, Title = "Chat", Text = "Sure, by November." })));

        Assert.Single((await LoadAsync(open.Id)).Evidence);
        Assert.Equal("This incident is closed, so you cannot add evidence any more.", refused.Message);

        using var http = await App.CreateSignedInClientAsync(owner);
        using var page = await http.GetAsync(new Uri($"/Incidents/{closed.Id}/Evidence", UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("This incident is closed, so no more evidence can be added.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Upload.File\"", html, StringComparison.Ordinal);

        // An old tab that still has the form: the domain's message shows at the top of the page.
        var token = HttpForms.AntiforgeryToken(html);
        var version = closed.Version.ToString(CultureInfo.InvariantCulture);
        using var upload = EvidenceForms.UploadContent(new EvidenceForms.Form(token, "", version, "", version), "offer.pdf", EvidenceFiles.Pdf(), title: "");
        using var posted = await http.PostAsync(new Uri($"/Incidents/{closed.Id}/Evidence?handler=Upload", UriKind.Relative), upload);
        var postedHtml = await posted.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("<li>This incident is closed, so you cannot add evidence any more.</li>", postedHtml, StringComparison.Ordinal);
        using var pasted = await http.PostFormAsync($"/Incidents/{closed.Id}/Evidence?handler=Paste", [
            new("Data.Version", version), new("Data.Title", "Chat"), new("Data.Text", "Sure."), new(HttpForms.TokenField, token),
        ]);
        Assert.Contains("<li>This incident is closed, so you cannot add evidence any more.</li>", await pasted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await AssertNothingStoredAsync(closed);
    }

    [Fact]
    public async Task Another_account_manager_cannot_see_or_add_to_the_evidence()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var other = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await AddIncidentAsync(owner);

        await Assert.ThrowsAsync<NotFoundException>(async () => await App.SendAsync(other, m => m.Send(
            new AddPastedEvidence.Command { Id = incident.Id, Version = incident.Version, Title = "Chat", Text = "Sure." })));
        await Assert.ThrowsAsync<NotFoundException>(async () => await App.SendAsync(other, m => m.Send(
            new UploadEvidence.Command { Id = incident.Id, Version = incident.Version, File = EvidenceFiles.FormFile("offer.pdf", EvidenceFiles.Pdf()) })));

        using var http = await App.CreateSignedInClientAsync(other);
        using var page = await http.GetAsync(new Uri($"/Incidents/{incident.Id}/Evidence", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        await AssertNothingStoredAsync(incident);
    }

    [Fact]
    public async Task Legal_may_not_open_the_page_or_add_evidence()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var legal = await App.CreateUserAsync(Roles.Legal);
        var incident = await AddIncidentAsync(owner, contractReference: "SLA 3.1");

        await Assert.ThrowsAsync<ForbiddenException>(async () => await App.SendAsync(legal, m => m.Send(
            new AddPastedEvidence.Command { Id = incident.Id, Version = incident.Version, Title = "Chat", Text = "Sure." })));

        using var http = await App.CreateSignedInClientAsync(legal);
        using var page = await http.GetAsync(new Uri($"/Incidents/{incident.Id}/Evidence", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        var location = page.Headers.Location!;
        Assert.StartsWith("/Account/AccessDenied", location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString, StringComparison.Ordinal);
        using var denied = await http.GetAsync(location);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        await AssertNothingStoredAsync(incident);
    }

    [Fact]
    public async Task A_stale_version_is_refused_for_both_forms_and_the_page_says_someone_else_changed_it()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await AddIncidentAsync(owner);
        using var http = await App.CreateSignedInClientAsync(owner);
        var form = await EvidenceForms.OpenAsync(http, incident.Id);
        // Someone else changes the incident after the page was shown.
        await App.SendAsync(owner, m => m.Send(new AddPastedEvidence.Command { Id = incident.Id, Version = incident.Version, Title = "First", Text = "First." }));

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(async () => await App.SendAsync(owner, m => m.Send(
            new AddPastedEvidence.Command { Id = incident.Id, Version = incident.Version, Title = "Second", Text = "Second." })));
        using var upload = EvidenceForms.UploadContent(form, "offer.pdf", EvidenceFiles.Pdf(), title: "");
        using var uploaded = await http.PostAsync(new Uri(form.UploadAction, UriKind.Relative), upload);
        using var pasted = await http.PostFormAsync(form.PasteAction, [
            new("Data.Version", form.PasteVersion), new("Data.Title", "Second"), new("Data.Text", "Second."), new(HttpForms.TokenField, form.Token),
        ]);

        foreach (var response in new[] { uploaded, pasted })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("Someone else changed this record while you were editing it.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var evidence = (await LoadAsync(incident.Id)).Evidence;
        Assert.Equal("First", Assert.Single(evidence).Title);
        Assert.Equal(0, await App.WithDbAsync(db => db.EvidenceDocumentContents.CountAsync()));
    }

    [Fact]
    public async Task The_page_lists_the_evidence_with_its_details_and_shows_an_empty_state_first()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var incident = await AddIncidentAsync(owner);
        using var http = await App.CreateSignedInClientAsync(owner);
        var empty = await (await http.GetAsync(new Uri($"/Incidents/{incident.Id}/Evidence", UriKind.Relative))).Content.ReadAsStringAsync();
        Assert.Contains("No evidence yet.", empty, StringComparison.Ordinal);
        Assert.Contains("enctype=\"multipart/form-data\"", empty, StringComparison.Ordinal);
        Assert.Contains("accept=\".pdf,.docx,.eml,.txt,.png,.jpg,.jpeg\"", empty, StringComparison.Ordinal);
        Assert.Contains("at most 10 MB", empty, StringComparison.Ordinal);
        Assert.Contains("Investigate the origin", empty, StringComparison.Ordinal);

        using (var posted = await EvidenceForms.UploadAsync(http, incident.Id, "offer.pdf", EvidenceFiles.Pdf(), title: "The signed offer"))
        {
            Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        }

        var html = await (await http.GetAsync(new Uri($"/Incidents/{incident.Id}/Evidence", UriKind.Relative))).Content.ReadAsStringAsync();
        Assert.DoesNotContain("No evidence yet.", html, StringComparison.Ordinal);
        Assert.Contains("The signed offer", html, StringComparison.Ordinal);
        Assert.Contains($"offer.pdf, {EvidenceFiles.Pdf().Length} bytes", html, StringComparison.Ordinal);
        Assert.Contains("added by Alex Morgan", html, StringComparison.Ordinal);
        Assert.Contains("datetime=\"2026-11-23T12:00:00Z\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_document_downloads_for_a_team_lead_and_for_legal_on_a_contract_but_not_for_others()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var other = await App.CreateUserAsync(Roles.AccountManager);
        var lead = await App.CreateUserAsync(Roles.TeamLead);
        var legal = await App.CreateUserAsync(Roles.Legal);
        var contract = await AddIncidentAsync(owner, contractReference: "MSA 4.2");
        var ordinary = await AddIncidentAsync(owner);
        var contractDocument = await App.SendAsync(owner, m => m.Send(new UploadEvidence.Command
        {
            Id = contract.Id, Version = contract.Version, File = EvidenceFiles.FormFile("contract.pdf", EvidenceFiles.Pdf()),
        }));
        var ordinaryDocument = await App.SendAsync(owner, m => m.Send(new UploadEvidence.Command
        {
            Id = ordinary.Id, Version = ordinary.Version, Title = "Whiteboard", File = EvidenceFiles.FormFile("board.png", EvidenceFiles.Png()),
        }));
        var contractPath = $"/Incidents/{contract.Id}/Evidence/{contractDocument.Id}";
        var ordinaryPath = $"/Incidents/{ordinary.Id}/Evidence/{ordinaryDocument.Id}";

        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(other, contractPath));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(other, ordinaryPath));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(legal, contractPath));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(legal, ordinaryPath));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(lead, ordinaryPath));
        // The document's id alone is not enough: it must belong to the incident in the address.
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(owner, $"/Incidents/{contract.Id}/Evidence/{ordinaryDocument.Id}"));
    }

    [Fact]
    public async Task The_page_reads_a_fixed_number_of_sql_statements_whatever_the_evidence()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await AddIncidentAsync(owner);
        using var http = await App.CreateSignedInClientAsync(owner);
        await AddPastedEvidenceAsync(owner, incident.Id, 1);
        var few = (await App.GetCountingSqlAsync(http, $"/Incidents/{incident.Id}/Evidence")).Sql;
        await AddPastedEvidenceAsync(owner, incident.Id, 10);
        var many = (await App.GetCountingSqlAsync(http, $"/Incidents/{incident.Id}/Evidence")).Sql;

        Assert.Equal(2, few.Count);
        Assert.Equal(few.Count, many.Count);
    }

    private async Task AddPastedEvidenceAsync(TestUser owner, long id, int count)
    {
        for (var n = 0; n < count; n++)
        {
            var version = await App.WithDbAsync(db => db.Incidents.Where(i => i.Id == id).Select(i => i.Version).SingleAsync());
            await App.SendAsync(owner, m => m.Send(new AddPastedEvidence.Command { Id = id, Version = version, Title = $"Email {n}", Text = "We promise." }));
        }
    }

    private async Task<HttpStatusCode> StatusAsync(TestUser user, string path)
    {
        using var http = await App.CreateSignedInClientAsync(user);
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
        return response.StatusCode;
    }

    private async Task AssertNothingStoredAsync(Incident incident)
    {
        var stored = await LoadAsync(incident.Id);
        Assert.Equal(incident.Evidence.Count, stored.Evidence.Count);
        Assert.Equal(incident.Timeline.Count, stored.Timeline.Count);
        Assert.Equal(0, await App.WithDbAsync(db => db.EvidenceDocumentContents.CountAsync()));
    }

    private Task<Incident> LoadAsync(long id) =>
        App.WithDbAsync(db => db.Incidents.AsNoTracking().Include(i => i.Timeline).Include(i => i.Evidence).SingleAsync(i => i.Id == id));

    private async Task<Incident> AddIncidentAsync(TestUser owner, PlaybookStage stage = PlaybookStage.InvestigateOrigin, string? contractReference = null)
    {
        _clientId ??= await App.AddClientAsync("Acme");
        var incident = TestIncidents.Log(owner, _clientId.Value, App.Clock.Now.AddDays(-1), App.Clock.Now.AddHours(-2), contractReference: contractReference);
        if (stage != PlaybookStage.InvestigateOrigin)
        {
            incident.WalkTo(stage, owner, App.Clock.Now);
        }

        await App.WithDbAsync(async db =>
        {
            db.Incidents.Add(incident);
            await db.SaveChangesAsync();
        });
        return incident;
    }
}

/// <summary>Small real files of each kind, built in memory.</summary>
internal static class EvidenceFiles
{
    public static byte[] For(string kind) => kind switch
    {
        "pdf" => Pdf(),
        "png" => Png(),
        "docx" => Docx(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static byte[] Pdf() =>
        Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");

    /// <summary>A 1×1 pixel PNG.</summary>
    public static byte[] Png() =>
        Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    /// <summary>A minimal Word document: content types, the package relationship and word/document.xml.</summary>
    public static byte[] Docx()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
                "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
                "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
                "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            Add(zip, "_rels/.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            Add(zip, "word/document.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">" +
                "<w:body><w:p><w:r><w:t>Go-live by 1 November.</w:t></w:r></w:p></w:body></w:document>");
        }

        return buffer.ToArray();
    }

    private static void Add(ZipArchive zip, string name, string xml)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        writer.Write(xml);
    }

    /// <summary>The start of a Windows executable.</summary>
    public static byte[] Exe() => [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00, 0xB8, 0x00];

    /// <summary>Plain text of exactly <paramref name="length"/> bytes.</summary>
    public static byte[] Text(int length)
    {
        var line = "2026-11-20 09:30:00 INFO release 2.4 deployment postponed\n"u8;
        var bytes = new byte[length];
        for (var i = 0; i < length; i += line.Length)
        {
            line[..Math.Min(line.Length, length - i)].CopyTo(bytes.AsSpan(i));
        }

        return bytes;
    }

    public static Microsoft.AspNetCore.Http.IFormFile FormFile(string fileName, byte[] bytes) =>
        new Microsoft.AspNetCore.Http.FormFile(new MemoryStream(bytes), 0, bytes.Length, "Upload.File", fileName);
}

/// <summary>The Evidence page's two forms, read from its HTML and posted the way a browser does.</summary>
internal static partial class EvidenceForms
{
    public sealed record Form(string Token, string PasteAction, string PasteVersion, string UploadAction, string UploadVersion);

    public static async Task<Form> OpenAsync(HttpClient http, long incidentId)
    {
        using var response = await http.GetAsync(new Uri($"/Incidents/{incidentId}/Evidence", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        return new Form(
            HttpForms.AntiforgeryToken(html),
            FormAction(html, "Paste"),
            HttpForms.InputValue(html, "Data.Version")!,
            FormAction(html, "Upload"),
            HttpForms.InputValue(html, "Upload.Version")!);
    }

    public static async Task<HttpResponseMessage> UploadAsync(HttpClient http, long incidentId, string fileName, byte[] bytes, string? title = null)
    {
        var form = await OpenAsync(http, incidentId);
        using var content = UploadContent(form, fileName, bytes, title ?? string.Empty);
        return await http.PostAsync(new Uri(form.UploadAction, UriKind.Relative), content);
    }

    public static MultipartFormDataContent UploadContent(Form form, string fileName, byte[] bytes, string title)
    {
        var content = new MultipartFormDataContent
        {
            { new StringContent(form.Token), HttpForms.TokenField },
            { new StringContent(form.UploadVersion), "Upload.Version" },
            { new StringContent(title), "Upload.Title" },
        };
        var file = new ByteArrayContent(bytes);
        // Browsers send whatever type the operating system guesses; the app must not trust it.
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        if (fileName.Length == 0)
        {
            // An empty file input: browsers send the part with an empty file name (HttpClient's Add refuses one).
            file.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"Upload.File\"", FileName = "\"\"" };
            content.Add(file);
        }
        else
        {
            content.Add(file, "Upload.File", fileName);
        }

        return content;
    }

    private static string FormAction(string html, string handler)
    {
        var match = FormTag().Matches(html).FirstOrDefault(m => WebUtility.HtmlDecode(m.Groups["action"].Value).EndsWith($"?handler={handler}", StringComparison.Ordinal));
        Assert.True(match is not null, $"The page has no form posting to the {handler} handler.");
        if (handler == "Upload")
        {
            Assert.Contains("enctype=\"multipart/form-data\"", match.Value, StringComparison.Ordinal);
        }

        return WebUtility.HtmlDecode(match.Groups["action"].Value);
    }

    [GeneratedRegex("<form\\b[^>]*\\baction=\"(?<action>[^\"]*)\"[^>]*>", RegexOptions.Singleline)]
    private static partial Regex FormTag();
}
