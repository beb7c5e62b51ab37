using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NodaTime;
using PromiseKeeper.BrowserTests.Infrastructure;
using PromiseKeeper.BrowserTests.PageObjects;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Domain.Texts;
using PromiseKeeper.Web.Data;
using static Microsoft.Playwright.Assertions;

namespace PromiseKeeper.BrowserTests.Incidents;

/// <summary>
/// Issue 15's whole case in a real browser: an account manager who reads Slovenian and lives in Ljubljana logs a broken
/// promise for a client who is written to in Russian. The pages are Slovenian, the time typed is read in Ljubljana's zone
/// (stored as UTC, shown back labelled with the zone), and the email asking the client for a call is drafted in Russian.
/// </summary>
public sealed partial class SlovenianManagerRussianClientTests(BrowserAppFixture app) : BrowserTest(app)
{
    private const string Ljubljana = "Europe/Ljubljana";

    [Fact]
    public Task A_slovenian_manager_logs_for_a_russian_client_in_slovenian_in_their_zone_and_drafts_in_russian() => RunAsync(async () =>
    {
        var tag = Unique.Tag();
        var clientName = $"ООО Сибирские сети {tag}";
        var summary = $"Zamuda pri selitvi v oblak {tag}";
        await TestUsers.AddClientAsync(App.Services, clientName, Languages.Russian);
        var manager = await TestUsers.AddAsync(App.Services, Roles.AccountManager, $"Maja Kranjc {tag}", Languages.Slovenian, Ljubljana);
        // Yesterday at 09:30 on a Ljubljana wall clock, whatever zone the test machine and the browser are in.
        var zone = DateTimeZoneProviders.Tzdb[Ljubljana];
        var discoveredLocal = SystemClock.Instance.GetCurrentInstant().InZone(zone).Date.PlusDays(-1).At(new LocalTime(9, 30));
        var discoveredUtc = discoveredLocal.InZoneLeniently(zone).ToDateTimeOffset().ToUniversalTime();

        // Signed in, every page is Slovenian (the profile's language), whatever language the browser asks for.
        await Page.GotoAsync("/Account/Login");
        await Page.GetByLabel("Email", new() { Exact = true }).FillAsync(manager.Email);
        await Page.GetByLabel("Password", new() { Exact = true }).FillAsync(DemoData.Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Odjava", IncludeHidden = true })).ToBeAttachedAsync();
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "sl");
        await Page.WaitUntilLoadedAsync();

        // The log form in Slovenian, reading times in Ljubljana's zone.
        await Page.GotoAsync("/Incidents/Log");
        var form = new FormPage(Page);
        await form.ExpectHeadingAsync("Zabeleži neizpolnjeno obljubo");
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "sl");
        await Expect(MainNavIn("Glavni meni").GetByRole(AriaRole.Link, new() { Name = "Incidenti", Exact = true })).ToBeAttachedAsync();
        await Expect(Page.GetByText($"Časi so v vašem časovnem pasu: {Ljubljana}")).ToBeVisibleAsync();
        await form.CheckAsync("Obstoječa stranka");
        await form.ChooseAsync("Stranka", clientName);
        await form.FillAsync("Kratek povzetek", summary);
        await form.Field("Vrsta").SelectOptionAsync(nameof(IncidentKind.MissedDeadline));
        await form.FillAsync("Ime", "Дмитрий Орлов");
        await form.FillAsync("Kaj je bilo obljubljeno", "Selitev v oblak bo končana do konca meseca.");
        await form.Field("Čigava krivda").SelectOptionAsync(nameof(Fault.Ours));
        await form.FillAsync("Odkrili smo ob", discoveredLocal.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));
        await ExpectAccessibleAsync();
        await form.ClickAsync("Zabeleži neizpolnjeno obljubo");

        // The incident page: Slovenian, and the time typed is shown back on the Ljubljana clock, labelled so.
        await form.ExpectHeadingAsync(summary);
        await form.ExpectStatusAsync("Neizpolnjena obljuba je zabeležena.");
        var discovered = Page.Locator($"main time[datetime='{discoveredUtc:yyyy-MM-dd'T'HH:mm:ss'Z'}']").First;
        await Expect(discovered).ToHaveTextAsync(new Regex($", 09:30 {Regex.Escape(Ljubljana)}$"));
        await Expect(discovered).ToHaveAttributeAsync("title", new Regex("^UTC\\+0[12]:00$"));
        await ExpectAccessibleAsync();
        var id = long.Parse(IncidentId().Match(Page.Url).Groups["id"].Value, CultureInfo.InvariantCulture);

        // Stored as the UTC instant of that wall-clock time.
        var stored = await DiscoveredAtAsync(id);
        Assert.Equal(discoveredUtc, stored);
        Assert.Equal(TimeSpan.Zero, stored.Offset);

        // Walked on to planning the call: the page is Slovenian, the request email to the client Russian.
        await WalkToTheCallAsync(id, manager, clientName);
        await Page.GotoAsync($"/Incidents/{id}/Call");
        await form.ExpectHeadingAsync("Načrt klica");
        var email = form.Field("E-pošta s prošnjo za klic");
        await Expect(email).ToHaveValueAsync(new Regex("^Тема: Просьба о коротком разговоре"));
        await Expect(email).ToHaveValueAsync(new Regex("Здравствуйте, Дмитрий"));
        await Expect(email).ToHaveValueAsync(new Regex($"С уважением,\\s+{Regex.Escape(manager.DisplayName)}"));
        await Expect(email).Not.ToHaveValueAsync(new Regex("Could we|Lep pozdrav"));
        await ExpectAccessibleAsync();
        await SnapshotAsync("call-page");
    });

    private ILocator MainNavIn(string name) => Page.GetByRole(AriaRole.Navigation, new() { Name = name });

    private async Task<DateTimeOffset> DiscoveredAtAsync(long id)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PromiseKeeperDbContext>();
        return await db.Incidents.Where(i => i.Id == id).Select(i => i.DiscoveredAt).SingleAsync();
    }

    /// <summary>Does the investigation and the alternatives as the demo does (in the client's language), up to planning the call.</summary>
    private async Task WalkToTheCallAsync(long id, DemoData.DemoUser manager, string clientName)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PromiseKeeperDbContext>();
        var playbook = scope.ServiceProvider.GetRequiredService<DemoPlaybook>();
        var user = await db.Users.SingleAsync(u => u.Email == manager.Email);
        var incident = await db.Incidents.Include(i => i.Timeline).SingleAsync(i => i.Id == id);
        var actor = Actor.Create(user.Id, user.DisplayName);
        var now = DateTimeOffset.UtcNow;
        // What the short log form leaves to the investigation, as "Correct the record" and the origin page would record it.
        incident.CorrectRecord(WithDamage(incident, DamageKinds.Delay, now), actor, now);
        incident.RecordOrigin(
            new OriginDetails
            {
                PromiseChannel = PromiseChannel.Email,
                PromisedOn = DateOnly.FromDateTime(incident.DiscoveredAt.UtcDateTime.AddDays(-30)),
                PromisedBy = user.DisplayName,
                ClientGoals = "Vse storitve v oblaku pred novim letom.",
                Findings = "Rok je bil v ponudbi, preden ga je preverila ekipa za selitev.",
            },
            actor,
            now);
        incident.WriteToClientIn(Languages.Russian);
        playbook.WalkTo(incident, PlaybookStage.ScheduleCall, clientName, actor, now, TimeSpan.FromSeconds(1));
        await db.SaveChangesAsync();
    }

    private static CorrectedFacts WithDamage(Incident incident, DamageKinds damage, DateTimeOffset now) => new RecordCorrection
    {
        Summary = incident.Summary,
        Kind = incident.Kind,
        ContactName = incident.ContactName,
        ContactRole = incident.ContactRole,
        ContactEmail = incident.ContactEmail,
        PromiseDescription = incident.PromiseDescription,
        Fault = incident.Fault,
        Damage = damage,
        OurLossAmount = 3_000m,
        OurLossCurrency = "EUR",
        PersonalHarm = incident.PersonalHarm,
        DiscoveredAt = incident.DiscoveredAt,
        ClientToldAt = incident.ClientToldAt,
        FirstDisclosure = incident.FirstDisclosure,
        Reason = "Prva preiskava je pokazala, da stranka čaka na selitev.",
    }.Parse(now).OrThrow();

    [GeneratedRegex("/Incidents/(?<id>\\d+)")]
    private static partial Regex IncidentId();
}
