using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PromiseKeeper.Domain;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Audit;

/// <summary>The audit log as its reader sees it: days of the date filter in their own zone, details written from keyed texts.</summary>
public sealed class AuditReaderTests(WebAppFixture app) : WebAppTest(app)
{
    [Fact]
    public async Task The_date_filter_reads_days_in_the_readers_zone_and_says_which_zone()
    {
        var admin = await ReaderInLjubljanaAsync();
        // In November Ljubljana is an hour ahead of UTC.
        var day = new DateOnly(2026, 11, 10);
        var utcMidnight = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        await AddAsync(
            Entry("Late the evening before", utcMidnight.AddMinutes(-90)),
            Entry("Just after midnight", utcMidnight.AddMinutes(-30)),
            Entry("Late that evening", utcMidnight.AddHours(22.5)),
            Entry("Just after the next midnight", utcMidnight.AddHours(23.5)));
        using var http = await App.CreateSignedInClientAsync(admin);

        var html = await (await http.GetAsync(new Uri("/Audit?From=2026-11-10&To=2026-11-10", UriKind.Relative))).Content.ReadAsStringAsync();

        Assert.Contains("Just after midnight", html, StringComparison.Ordinal);
        Assert.Contains("Late that evening", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Late the evening before", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Just after the next midnight", html, StringComparison.Ordinal);
        Assert.Contains("From (Europe/Ljubljana)", html, StringComparison.Ordinal);
        Assert.Contains("To (Europe/Ljubljana)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("(UTC)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_entry_keeps_its_template_and_values_and_its_english_details()
    {
        var admin = await App.CreateUserAsync(Roles.Admin, "Ada Admin");

        await App.AsUserAsync(admin, async services =>
        {
            services.GetRequiredService<IAuditLog>().Add(AuditAction.UserChanged, AuditTexts.UserSaved("Omar Haddad", [Roles.AccountManager, Roles.TeamLead], team: null));
            return await services.GetRequiredService<PromiseKeeperDbContext>().SaveChangesAsync();
        });

        var entry = await App.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(e => e.Action == AuditAction.UserChanged));
        Assert.Equal("Saved Omar Haddad: roles Account manager, Team lead; team: none.", entry.Details);
        Assert.Equal(AuditTexts.UserSavedWithoutTeamTemplate, entry.DetailsKey);
        Assert.Equal(
            new TextValues([TextValue.Text("Name", "Omar Haddad"), TextValue.Words("Roles", "role", [Roles.AccountManager, Roles.TeamLead])]),
            entry.DetailsValues);
    }

    [Fact]
    public async Task An_entry_written_before_details_were_keyed_shows_its_details_as_stored()
    {
        var admin = await App.CreateUserAsync(Roles.Admin);
        await AddAsync(Entry("Renamed the team at 2026-11-01 10:00 UTC.", new DateTimeOffset(2026, 11, 1, 10, 0, 0, TimeSpan.Zero)));
        using var http = await App.CreateSignedInClientAsync(admin);

        var html = await (await http.GetAsync(new Uri("/Audit", UriKind.Relative))).Content.ReadAsStringAsync();

        Assert.Contains("Renamed the team at 2026-11-01 10:00 UTC.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_slovenian_reader_reads_actions_and_details_in_slovenian_with_what_people_typed_as_typed()
    {
        var admin = await App.CreateUserAsync(Roles.Admin, "Ada Admin");
        await App.WithDbAsync(db => db.Users.Where(u => u.Id == admin.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.Language, "sl")));
        await App.AsUserAsync(admin, async services =>
        {
            var audit = services.GetRequiredService<IAuditLog>();
            audit.Add(AuditAction.UserCreated, AuditTexts.UserCreated("Omar Haddad", [Roles.AccountManager, Roles.TeamLead], "Key Accounts"));
            audit.Add(AuditAction.LegalReviewRecorded, AuditTexts.WordingReview(Domain.Incidents.LegalDecision.ChangesRequired, Domain.Incidents.ClientTextKind.CallPlan), "Incident 7", 7);
            return await services.GetRequiredService<PromiseKeeperDbContext>().SaveChangesAsync();
        });
        using var http = await App.CreateSignedInClientAsync(admin);

        var html = await (await http.GetAsync(new Uri("/Audit", UriKind.Relative))).Content.ReadAsStringAsync();

        Assert.Contains("Ustvarjen uporabnik Omar Haddad; vloge: Skrbnik stranke, Vodja ekipe; ekipa: Key Accounts.", html, StringComparison.Ordinal);
        Assert.Contains("Zahtevane spremembe besedila: načrt klica.", html, StringComparison.Ordinal);
        Assert.Contains("Prijava kot " + admin.Email + ".", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Created Omar Haddad", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ru")]
    [InlineData("sl")]
    public void Every_audit_template_has_a_translation_naming_the_same_values(string language)
    {
        var templates = typeof(AuditTexts).GetFields()
            .Where(f => f.IsLiteral && f.Name.EndsWith("Template", StringComparison.Ordinal))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();
        var path = Path.Combine(Localization.ResourceFilesTests.ResourcesFolder(), "Infrastructure", "Auditing", $"AuditText.{language}.resx");
        var translations = System.Xml.Linq.XDocument.Load(path).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!);

        Assert.NotEmpty(templates);
        Assert.Equal(templates.Order(StringComparer.Ordinal), translations.Keys.Order(StringComparer.Ordinal));
        Assert.All(templates, template => Assert.Equal(Names(template), Names(translations[template])));
    }

    private static List<string> Names(string text) =>
        [.. System.Text.RegularExpressions.Regex.Matches(text, @"\{\{[A-Za-z0-9]+\}\}").Select(m => m.Value).Order(StringComparer.Ordinal)];

    private async Task<TestUser> ReaderInLjubljanaAsync()
    {
        var admin = await App.CreateUserAsync(Roles.Admin);
        await App.WithDbAsync(db => db.Users.Where(u => u.Id == admin.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.TimeZoneId, "Europe/Ljubljana")));
        return admin;
    }

    private static AuditEntry Entry(string details, DateTimeOffset at) =>
        new() { OccurredAt = at, ActorName = "Casey Lead", Action = AuditAction.TeamChanged, Details = details };

    private Task AddAsync(params AuditEntry[] entries) =>
        App.WithDbAsync(async db =>
        {
            db.AuditEntries.AddRange(entries);
            await db.SaveChangesAsync();
        });
}
