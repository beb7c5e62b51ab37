using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Evidence;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Infrastructure.Localization;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Incidents;

/// <summary>
/// The dossier (/Incidents/{id}/Dossier): every section of a fully worked incident with its content, read-only, the same
/// access as the incident page, an audit row for a contract-linked one, and every text in Russian and Slovenian.
/// </summary>
public sealed class DossierTests(WebAppFixture app) : WebAppTest(app)
{
    private const string Contract = "MSA 9, clause 4";
    private const string BlamingRecap = "Hello Dana,\n\nSadly you failed to send us the data in time.\n\nAlex";
    private const string LegalNote = "Please keep clause 7 out of every text.";
    private const string CorrectionReason = "It was a feature that was not ready, not a missed date.";

    [Fact]
    public async Task Every_section_shows_the_fully_worked_incident()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var incident = await FullyWorkedAsync(owner);

        var page = await OpenAsync(owner, incident.Id);

        Assert.Equal($"Dossier: {incident.Summary}", page.QuerySelector("h1")!.TextContent.Trim());
        var record = Section(page, "record-heading");
        Assert.Contains("Acme", record, StringComparison.Ordinal);
        Assert.Contains("Alex Morgan", record, StringComparison.Ordinal);
        Assert.Contains(Contract, record, StringComparison.Ordinal);
        Assert.Contains("Promised feature not ready", record, StringComparison.Ordinal);
        Assert.Contains("Whose fault", Section(page, "damage-heading"), StringComparison.Ordinal);
        Assert.Contains("Dana Client", Section(page, "contact-heading"), StringComparison.Ordinal);
        Assert.Contains("We discovered it", Section(page, "timing-heading"), StringComparison.Ordinal);
        Assert.Contains("Derived from three factors", Section(page, "severity-heading"), StringComparison.Ordinal);

        var evidence = page.GetElementById("evidence-heading")!.ParentElement!;
        var document = evidence.QuerySelector($"a[href^='/Incidents/{incident.Id}/Evidence/']")!;
        Assert.Equal("Signed SOW", document.TextContent.Trim());
        Assert.Contains("sow.pdf, 2 KB", evidence.TextContent, StringComparison.Ordinal);
        Assert.Contains("added by Alex Morgan", evidence.TextContent, StringComparison.Ordinal);
        Assert.Contains("We promised March.", evidence.TextContent, StringComparison.Ordinal);

        Assert.NotNull(page.GetElementById("offer-heading")!.ParentElement!.QuerySelector(".proportionality"));
        Assert.Contains("Their response to the offer", Section(page, "conversation-heading"), StringComparison.Ordinal);

        var request = page.QuerySelector("article[aria-labelledby='dossier-text-CallRequestEmail']")!.TextContent;
        Assert.Contains("Sent to the client on", request, StringComparison.Ordinal);
        Assert.Contains("by Alex Morgan", request, StringComparison.Ordinal);
        var recap = page.QuerySelector("article[aria-labelledby='dossier-text-Recap']")!;
        Assert.Contains("Sent to the client on", recap.TextContent, StringComparison.Ordinal);
        Assert.Contains("you failed to send us the data", recap.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(recap.QuerySelectorAll("li mark"));
        Assert.Contains("in a draft", recap.TextContent, StringComparison.Ordinal);
        Assert.Contains("Legal approved the wording of", recap.TextContent, StringComparison.Ordinal);

        Assert.Contains(LegalNote, Section(page, "legal-heading"), StringComparison.Ordinal);
        Assert.Contains(CorrectionReason, page.GetElementById("history-heading")!.ParentElement!.TextContent, StringComparison.Ordinal);

        var entries = page.GetElementById("timeline-heading")!.ParentElement!.QuerySelectorAll("ol.timeline > li");
        Assert.Equal(incident.Timeline.Count, entries.Length);
        Assert.Contains("Logged the broken promise", entries[0].TextContent, StringComparison.Ordinal);

        Assert.NotNull(page.QuerySelector("button[data-print][hidden]"));
        Assert.NotNull(page.QuerySelector("script[src^='/js/print-button.']"));
    }

    [Fact]
    public async Task The_dossier_offers_no_change_even_to_the_owner_of_an_open_incident()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await FullyWorkedAsync(owner);

        var main = (await OpenAsync(owner, incident.Id)).QuerySelector("main")!;

        Assert.Empty(main.QuerySelectorAll("form, textarea, input"));
        Assert.Empty(main.QuerySelectorAll($"a[href='/Incidents/{incident.Id}/Correct'], a[href='/Incidents/{incident.Id}/Evidence'], a[href='/Incidents/{incident.Id}/CheckIns']"));
    }

    [Fact]
    public async Task The_incident_page_links_to_its_dossier()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await App.AnIncident(owner).SaveAsync();
        using var http = await App.CreateSignedInClientAsync(owner);

        var page = new HtmlParser().ParseDocument(await http.GetStringAsync(new Uri($"/Incidents/{incident.Id}", UriKind.Relative)));

        Assert.Equal("Dossier", page.QuerySelector($"a[href='/Incidents/{incident.Id}/Dossier']")?.TextContent);
    }

    [Fact]
    public async Task Whoever_may_not_read_the_incident_gets_what_the_incident_page_gives_them()
    {
        var team = await App.AddTeamAsync("Dossier team");
        var owner = await App.CreateUserAsync(Roles.AccountManager, teamId: team);
        var otherManager = await App.CreateUserAsync(Roles.AccountManager, teamId: await App.AddTeamAsync("Other team"));
        var legal = await App.CreateUserAsync(Roles.Legal);
        var admin = await App.CreateUserAsync(Roles.Admin);
        var head = await App.CreateUserAsync(Roles.HeadOfCustomerSuccess);
        var ordinary = await App.AnIncident(owner).Titled("No contract here").SaveAsync();
        var linked = await App.AnIncident(owner).Titled("Contract here").ContractLinked(Contract).SaveAsync();

        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(otherManager, ordinary.Id));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(legal, ordinary.Id));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(legal, linked.Id));
        Assert.NotEqual(HttpStatusCode.OK, await StatusAsync(admin, ordinary.Id));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(owner, linked.Id + 1000));
        foreach (var user in new[] { otherManager, legal, admin, head })
        {
            foreach (var id in new[] { ordinary.Id, linked.Id })
            {
                Assert.Equal(await StatusAsync(user, id, "/Incidents/{0}"), await StatusAsync(user, id));
            }
        }
    }

    [Fact]
    public async Task Opening_a_contract_linked_dossier_is_audited_and_an_ordinary_one_is_not()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var legal = await App.CreateUserAsync(Roles.Legal, "Lena Kovac");
        var ordinary = await App.AnIncident(owner).SaveAsync();
        var linked = await App.AnIncident(owner).ContractLinked(Contract).SaveAsync();

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(owner, ordinary.Id));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(legal, linked.Id));

        var entry = Assert.Single(await App.WithDbAsync(db => db.AuditEntries.Where(e => e.Action == AuditAction.ContractIncidentViewed).ToListAsync()));
        Assert.Equal(("Lena Kovac", (long?)linked.Id), (entry.ActorName, entry.IncidentId));
        Assert.Contains("/Incidents/Dossier", entry.Details, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ru", "Досье: ")]
    [InlineData("sl", "Dosje: ")]
    public async Task The_dossier_of_a_fully_worked_incident_has_every_text_in_the_language(string language, string heading)
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var incident = await FullyWorkedAsync(owner);
        using var http = await App.CreateSignedInClientAsync(owner);
        http.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        var html = await http.GetStringAsync(new Uri($"/Incidents/{incident.Id}/Dossier", UriKind.Relative));

        Assert.StartsWith(heading, new HtmlParser().ParseDocument(html).QuerySelector("h1")!.TextContent.Trim(), StringComparison.Ordinal);
        var missing = App.Factory.Services.GetRequiredService<MissingTranslations>().SeenOn($"/Incidents/{incident.Id}/Dossier")
            .Where(m => m.StartsWith(language, StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, $"The dossier in {language} has texts without a translation:\n{string.Join("\n", missing)}");
    }

    /// <summary>
    /// Contract-linked, walked to the recap with the call request sent and a conversation held; a recap with blame language
    /// saved as a draft, approved by legal and sent; a note from legal; pasted and uploaded evidence; a corrected fact.
    /// </summary>
    private Task<Incident> FullyWorkedAsync(TestUser owner)
    {
        var actor = Actor.Create(owner.Id, owner.DisplayName);
        var now = App.Clock.Now.AddMinutes(-5);
        return App.AnIncident(owner).Titled("Go-live missed by three weeks").ContractLinked(Contract).AtStage(PlaybookStage.FollowUpRecap).Then(i =>
        {
            i.AddPastedEvidence("Email", "We promised March.", actor, now.AddMinutes(-3));
            i.AddDocumentEvidence("Signed SOW", new CheckedEvidenceFile(EvidenceFileType.Pdf, "sow.pdf", "application/pdf", 2048), actor, now.AddMinutes(-3));
            i.CorrectRecord(CorrectedKind(i, now.AddMinutes(-2)), actor, now.AddMinutes(-2));
            i.SaveRecap(BlamingRecap, send: false, actor, now);
            var legal = Actor.Create("legal-user", "Lena Legal");
            i.RecordLegalTextReview(ClientTextKind.Recap, LegalDecision.Approved, "Fine as written.", legal, now);
            i.SaveRecap(BlamingRecap, send: true, actor, now);
            i.AddLegalNote(LegalNote, byLegal: true, legal, now);
        }).SaveAsync();
    }

    private static CorrectedFacts CorrectedKind(Incident incident, DateTimeOffset now) => new RecordCorrection
    {
        Summary = incident.Summary,
        Kind = IncidentKind.FeatureNotReady,
        ContactName = incident.ContactName,
        ContactRole = incident.ContactRole,
        ContactEmail = incident.ContactEmail,
        PromiseDescription = incident.PromiseDescription,
        Fault = incident.Fault,
        Damage = incident.Damage,
        OurLossAmount = incident.OurLossEstimate?.Amount,
        OurLossCurrency = incident.OurLossEstimate?.Currency,
        ClientClaimedLossAmount = incident.ClientClaimedLoss?.Amount,
        ClientClaimedLossCurrency = incident.ClientClaimedLoss?.Currency,
        PersonalHarm = incident.PersonalHarm,
        PersonalHarmNote = incident.PersonalHarmNote,
        DiscoveredAt = incident.DiscoveredAt,
        ClientToldAt = incident.ClientToldAt,
        FirstDisclosure = incident.FirstDisclosure,
        Reason = CorrectionReason,
    }.Parse(now).OrThrow();

    private async Task<IDocument> OpenAsync(TestUser user, long id)
    {
        using var http = await App.CreateSignedInClientAsync(user);
        using var response = await http.GetAsync(new Uri($"/Incidents/{id}/Dossier", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    private async Task<HttpStatusCode> StatusAsync(TestUser user, long id, string path = "/Incidents/{0}/Dossier")
    {
        using var http = await App.CreateSignedInClientAsync(user);
        using var response = await http.GetAsync(new Uri(string.Format(System.Globalization.CultureInfo.InvariantCulture, path, id), UriKind.Relative));
        return response.StatusCode;
    }

    /// <summary>The text of the card or section a heading names.</summary>
    private static string Section(IDocument page, string headingId) =>
        page.GetElementById(headingId)?.Closest("section")?.TextContent
        ?? throw new Xunit.Sdk.XunitException($"The dossier has no section headed #{headingId}.");
}
