using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PromiseKeeper.BrowserTests.Infrastructure;
using PromiseKeeper.BrowserTests.PageObjects;
using PromiseKeeper.Domain.Incidents;
using static Microsoft.Playwright.Assertions;

namespace PromiseKeeper.BrowserTests.Incidents;

/// <summary>The "Log a broken promise" form in a real browser: the whole way from sign-in to the incident list.</summary>
public sealed partial class LogBrokenPromiseTests(BrowserAppFixture app) : BrowserTest(app)
{
    private const string ClientName = "Northwind Logistics";
    private const string KindText = "Missed deadline";
    private const string ChannelText = "Email";
    private const string FaultText = "Ours";
    private const string DamageText = "Delay of delivery";
    private const string UncheckedDamageText = "Reputational harm";
    private const string ContactName = "Jonas Weber";
    private const string PromiseDescription = "The fleet dashboard would show live arrival times from the first of the month.";
    private const string LoggedEntry = "Logged the broken promise";

    [Fact]
    public Task Logged_incident_opens_at_the_first_stage_and_is_found_in_the_list() => RunAsync(async () =>
    {
        var incident = NewIncidentForNow();
        await SignInAsync();

        await MainNav.GetByRole(AriaRole.Link, new() { Name = "Log a broken promise", Exact = true }).ClickAsync();
        var form = new LogIncidentPage(Page);
        await form.ExpectHeadingAsync(LogIncidentPage.Heading);
        await FillFormAsync(form, incident, withSummary: true);
        await ExpectAccessibleAsync();
        await SnapshotAsync("1-filled-form");
        await form.SubmitAsync();

        await Expect(Page).ToHaveURLAsync(DetailsUrl());
        var detailsUrl = Page.Url;
        var incidentPage = new IncidentPage(Page);
        await incidentPage.ExpectStatusAsync("The broken promise is logged");
        await incidentPage.ExpectHeadingAsync(incident.Summary);
        var stageName = StageNames.Of(PlaybookStage.InvestigateOrigin);
        await incidentPage.ExpectStageAsync(PlaybookStage.InvestigateOrigin);
        await ExpectDetailsShowAsync(incident);
        var timeline = incidentPage.Timeline.GetByRole(AriaRole.Listitem);
        await Expect(timeline).ToHaveCountAsync(1);
        await Expect(timeline).ToContainTextAsync(LoggedEntry);
        await Expect(timeline).ToContainTextAsync(AccountManager.DisplayName);
        await ExpectAccessibleAsync();
        await SnapshotAsync("2-incident-page");

        await MainNav.GetByRole(AriaRole.Link, new() { Name = "Incidents", Exact = true }).ClickAsync();
        var row = form.Rows(incident.Summary);
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync(ClientName);
        await Expect(row).ToContainTextAsync(KindText);
        await Expect(row).ToContainTextAsync(stageName);
        await Expect(row).ToContainTextAsync(AccountManager.DisplayName);
        await ExpectAccessibleAsync();
        await SnapshotAsync("3-list");

        await row.GetByRole(AriaRole.Link, new() { Name = incident.Summary }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(detailsUrl);
        await incidentPage.ExpectHeadingAsync(incident.Summary);
    });

    [Fact]
    public Task Missing_summary_is_reported_next_to_the_field_and_keeps_everything_typed() => RunAsync(async () =>
    {
        var incident = NewIncidentForNow();
        await SignInAsync();
        var form = new LogIncidentPage(Page);
        await form.OpenAsync();
        await FillFormAsync(form, incident, withSummary: false);
        await form.SubmitAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("/Incidents/Log$", RegexOptions.IgnoreCase));
        var errors = Page.Locator("#form-errors");
        await Expect(errors).ToContainTextAsync("The incident is not logged yet");
        await Expect(errors).ToBeFocusedAsync();
        var summary = form.Field("Short summary");
        await Expect(Page.Locator("#Data_Summary-error")).ToHaveTextAsync("Give the incident a short summary.");
        await Expect(summary).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(summary).ToHaveValueAsync(string.Empty);
        await Expect(Page.Locator(".invalid-message").Filter(new() { HasTextRegex = new Regex(@"\S") })).ToHaveCountAsync(1);
        await ExpectAccessibleAsync();
        await SnapshotAsync("1-errors");

        await Expect(Page.GetByLabel("An existing client")).ToBeCheckedAsync();
        await Expect(form.Field("Client").Locator("option:checked")).ToHaveTextAsync(ClientName);
        await Expect(form.Field("Kind").Locator("option:checked")).ToHaveTextAsync(KindText);
        await Expect(form.Field("Name")).ToHaveValueAsync(ContactName);
        await Expect(form.Field("What was promised")).ToHaveValueAsync(PromiseDescription);
        await Expect(form.Field("Whose fault").Locator("option:checked")).ToHaveTextAsync(FaultText);
        await Expect(form.Field("We discovered it at")).ToHaveValueAsync(DateTimeLocal(incident.DiscoveredAt));
        await Expect(Page.GetByText("Times are in your time zone: Europe/Ljubljana")).ToBeVisibleAsync();

        // The kept values are good as they are: adding the summary is enough to log the incident.
        await summary.FillAsync(incident.Summary);
        await form.SubmitAsync();
        await Expect(Page).ToHaveURLAsync(DetailsUrl());
        await form.ExpectHeadingAsync(incident.Summary);
        await ExpectDetailsShowAsync(incident);
    });

    private static async Task FillFormAsync(LogIncidentPage form, NewIncident incident, bool withSummary)
    {
        await form.FillAsync(incident, withSummary);
        // The typed times are read in the user's own zone (the demo users': Europe/Ljubljana, the browser's offset), and the form says so.
        await Expect(form.Page.GetByText("Times are in your time zone: Europe/Ljubljana")).ToBeVisibleAsync();
    }

    private async Task ExpectDetailsShowAsync(NewIncident incident)
    {
        await Expect(Page.Locator("dt:text-is('Contact') + dd")).ToHaveTextAsync($"{ContactName}, Head of Fleet");
        await Expect(Page.Locator("dt:text-is('Client') + dd")).ToHaveTextAsync(ClientName);
        // The short form lets the damage wait for the first stage.
        await Expect(Page.Locator("dt:text-is('Kinds of damage') + dd")).ToHaveTextAsync("None recorded");
        // The time typed in the browser's zone is stored as that instant, and shown back in the same zone.
        var discovered = Page.Locator("dt:text-is('We discovered it') + dd time");
        var discoveredAtUtc = TimeZoneInfo.ConvertTimeToUtc(incident.DiscoveredAt, TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId));
        await Expect(discovered).ToHaveAttributeAsync("datetime", discoveredAtUtc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        await Expect(discovered).ToContainTextAsync(incident.DiscoveredAt.ToString("HH:mm", CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"/Incidents/\d+$", RegexOptions.IgnoreCase)]
    private static partial Regex DetailsUrl();

    /// <summary>A unique summary, and yesterday at 09:30 local time: in the past, and never in a daylight-saving gap.</summary>
    private static NewIncident NewIncidentForNow()
    {
        var yesterday = BrowserNow().Date.AddDays(-1);
        return new NewIncident
        {
            Summary = Unique.Text("Fleet dashboard not live on time"),
            ClientName = ClientName,
            Kind = KindText,
            ContactName = ContactName,
            ContactRole = "Head of Fleet",
            ContactEmail = "jonas.weber@northwind.example",
            Promise = PromiseDescription,
            PromisedBy = AccountManager.DisplayName,
            PromisedOn = yesterday.AddDays(-30),
            Channel = ChannelText,
            Fault = FaultText,
            Damage = DamageText,
            DiscoveredAt = yesterday.AddHours(9).AddMinutes(30),
        };
    }
}
