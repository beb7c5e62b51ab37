using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PromiseKeeper.BrowserTests.Infrastructure;
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
        var form = FormValues.ForNow();
        await SignInAsync();

        await MainNav.GetByRole(AriaRole.Link, new() { Name = "Log a broken promise", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Log a broken promise", Level = 1 })).ToBeVisibleAsync();
        await FillFormAsync(form, withSummary: true);
        await ExpectAccessibleAsync();
        await SnapshotAsync("1-filled-form");
        await SubmitAsync();

        await Expect(Page).ToHaveURLAsync(DetailsUrl());
        var detailsUrl = Page.Url;
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("The broken promise is logged");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = form.Summary, Level = 1 })).ToBeVisibleAsync();
        var stageName = StageNames.Of(PlaybookStage.InvestigateOrigin);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = $"Stage: {stageName}" })).ToBeVisibleAsync();
        await Expect(Page.Locator(".stage-progress [aria-current=step]")).ToContainTextAsync(stageName);
        await ExpectDetailsShowAsync(form);
        var timeline = Page.GetByRole(AriaRole.Region, new() { Name = "Timeline" }).GetByRole(AriaRole.Listitem);
        await Expect(timeline).ToHaveCountAsync(1);
        await Expect(timeline).ToContainTextAsync(LoggedEntry);
        await Expect(timeline).ToContainTextAsync(AccountManager.DisplayName);
        await ExpectAccessibleAsync();
        await SnapshotAsync("2-incident-page");

        await MainNav.GetByRole(AriaRole.Link, new() { Name = "Incidents", Exact = true }).ClickAsync();
        var row = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = form.Summary });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync(ClientName);
        await Expect(row).ToContainTextAsync(KindText);
        await Expect(row).ToContainTextAsync(stageName);
        await Expect(row).ToContainTextAsync(AccountManager.DisplayName);
        await ExpectAccessibleAsync();
        await SnapshotAsync("3-list");

        await row.GetByRole(AriaRole.Link, new() { Name = form.Summary }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(detailsUrl);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = form.Summary, Level = 1 })).ToBeVisibleAsync();
    });

    [Fact]
    public Task Missing_summary_is_reported_next_to_the_field_and_keeps_everything_typed() => RunAsync(async () =>
    {
        var form = FormValues.ForNow();
        await SignInAsync();
        await Page.GotoAsync("/Incidents/Log");
        await FillFormAsync(form, withSummary: false);
        await SubmitAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("/Incidents/Log$", RegexOptions.IgnoreCase));
        var errors = Page.Locator("#form-errors");
        await Expect(errors).ToContainTextAsync("The incident is not logged yet");
        await Expect(errors).ToBeFocusedAsync();
        var summary = Field("Short summary");
        await Expect(Page.Locator("#Data_Summary-error")).ToHaveTextAsync("Give the incident a short summary.");
        await Expect(summary).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(summary).ToHaveValueAsync(string.Empty);
        await Expect(Page.Locator(".invalid-message").Filter(new() { HasTextRegex = new Regex(@"\S") })).ToHaveCountAsync(1);
        await ExpectAccessibleAsync();
        await SnapshotAsync("1-errors");

        await Expect(Page.GetByLabel("An existing client")).ToBeCheckedAsync();
        await Expect(Field("Client").Locator("option:checked")).ToHaveTextAsync(ClientName);
        await Expect(Field("Kind").Locator("option:checked")).ToHaveTextAsync(KindText);
        await Expect(Field("Name")).ToHaveValueAsync(ContactName);
        await Expect(Field("What was promised")).ToHaveValueAsync(PromiseDescription);
        await Expect(Field("Promised by")).ToHaveValueAsync(AccountManager.DisplayName);
        await Expect(Field("Promised on")).ToHaveValueAsync(DateInput(form.PromisedOn));
        await Expect(Field("Where it was promised").Locator("option:checked")).ToHaveTextAsync(ChannelText);
        await Expect(Field("Whose fault").Locator("option:checked")).ToHaveTextAsync(FaultText);
        await Expect(Page.GetByLabel(DamageText)).ToBeCheckedAsync();
        await Expect(Page.GetByLabel(UncheckedDamageText)).Not.ToBeCheckedAsync();
        await Expect(Field("We discovered it at")).ToHaveValueAsync(DateTimeLocal(form.DiscoveredAt));
        await Expect(Page.Locator("input[name='Data.TimeZone']")).ToHaveValueAsync(TimeZoneId);

        // The kept values are good as they are: adding the summary is enough to log the incident.
        await summary.FillAsync(form.Summary);
        await SubmitAsync();
        await Expect(Page).ToHaveURLAsync(DetailsUrl());
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = form.Summary, Level = 1 })).ToBeVisibleAsync();
        await ExpectDetailsShowAsync(form);
    });

    /// <summary>A form field by its label's text; the labels of required fields end in an "*".</summary>
    private ILocator Field(string label) =>
        Page.GetByLabel(new Regex("^" + Regex.Escape(label) + @"(\s*\*)?$"));

    private async Task FillFormAsync(FormValues form, bool withSummary)
    {
        await Page.GetByLabel("An existing client").CheckAsync();
        await Field("Client").SelectOptionAsync(new SelectOptionValue { Label = ClientName });
        if (withSummary)
        {
            await Field("Short summary").FillAsync(form.Summary);
        }

        await Field("Kind").SelectOptionAsync(new SelectOptionValue { Label = KindText });
        await Field("Name").FillAsync(ContactName);
        await Field("Role").FillAsync("Head of Fleet");
        await Field("Email").FillAsync("jonas.weber@northwind.example");
        await Field("What was promised").FillAsync(PromiseDescription);
        await Field("Promised by").FillAsync(AccountManager.DisplayName);
        await Field("Promised on").FillAsync(DateInput(form.PromisedOn));
        await Field("Where it was promised").SelectOptionAsync(new SelectOptionValue { Label = ChannelText });
        await Field("The client's original goals").FillAsync("Let customers plan their goods-in staff around real arrival times.");
        await Field("Whose fault").SelectOptionAsync(new SelectOptionValue { Label = FaultText });
        await Page.GetByLabel(DamageText).CheckAsync();
        await Field("We discovered it at").FillAsync(DateTimeLocal(form.DiscoveredAt));
        // site.js fills in the browser's zone; the typed times are read in it.
        await Expect(Page.Locator("input[name='Data.TimeZone']")).ToHaveValueAsync(TimeZoneId);
    }

    private Task SubmitAsync() =>
        Page.GetByRole(AriaRole.Button, new() { Name = "Log the broken promise" }).ClickAsync();

    private async Task ExpectDetailsShowAsync(FormValues form)
    {
        await Expect(Page.Locator("dt:text-is('Contact') + dd")).ToHaveTextAsync($"{ContactName}, Head of Fleet");
        await Expect(Page.Locator("dt:text-is('Client') + dd")).ToHaveTextAsync(ClientName);
        await Expect(Page.Locator("dt:text-is('Kinds of damage') + dd")).ToHaveTextAsync("Delay");
        // The time typed in the browser's zone is stored as that instant, and shown back in the same zone.
        var discovered = Page.Locator("dt:text-is('We discovered it') + dd time");
        await Expect(discovered).ToHaveAttributeAsync("datetime", form.DiscoveredAtUtc);
        await Expect(discovered).ToContainTextAsync(form.DiscoveredAt.ToString("HH:mm", CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"/Incidents/\d+$", RegexOptions.IgnoreCase)]
    private static partial Regex DetailsUrl();

    /// <summary>What differs per run: a unique summary and times relative to now, in the browser's zone.</summary>
    private sealed record FormValues(string Summary, DateTime PromisedOn, DateTime DiscoveredAt)
    {
        public string DiscoveredAtUtc =>
            TimeZoneInfo.ConvertTimeToUtc(DiscoveredAt, TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId))
                .ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

        public static FormValues ForNow()
        {
            // Yesterday at 09:30 local time: in the past, and never in a daylight-saving gap.
            var yesterday = BrowserNow().Date.AddDays(-1);
            return new FormValues(
                $"Fleet dashboard not live on time ({Guid.NewGuid().ToString("N")[..8]})",
                yesterday.AddDays(-30),
                yesterday.AddHours(9).AddMinutes(30));
        }
    }
}
