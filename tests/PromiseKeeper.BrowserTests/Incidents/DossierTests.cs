using Microsoft.Playwright;
using PromiseKeeper.BrowserTests.Infrastructure;
using PromiseKeeper.BrowserTests.PageObjects;
using PromiseKeeper.Domain.Incidents;
using static Microsoft.Playwright.Assertions;

namespace PromiseKeeper.BrowserTests.Incidents;

/// <summary>
/// The dossier in a real browser: reached from the incident page, valid, accessible and fitting a phone, with its print
/// button; printed (print media emulated), it loses the navigation and the buttons and keeps its sections.
/// </summary>
public sealed class DossierTests(BrowserAppFixture app) : BrowserTest(app)
{
    [Fact]
    public Task The_dossier_of_a_closed_contract_linked_incident_prints_without_the_navigation() => RunAsync(async () =>
    {
        var builder = AnIncident("Depot report missed the quarter close").AtStage(PlaybookStage.Closed).ContractLinked("MSA-2025-118, clause 12.4");
        var id = await builder.SeedAsync();

        await SignInAsync();
        var incident = await IncidentPage.OpenAsync(Page, id);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Dossier", Exact = true }).ClickAsync();
        await incident.ExpectHeadingAsync($"Dossier: {builder.Summary}");
        var print = Page.GetByRole(AriaRole.Button, new() { Name = "Print or save as PDF" });
        await Expect(print).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Every text to the client" })).ToBeVisibleAsync();
        await ExpectAccessibleAsync();
        await SnapshotAsync("1-screen");

        await Page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(MainNav).ToBeHiddenAsync();
        await Expect(print).ToBeHiddenAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "The record" })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Timeline" })).ToBeVisibleAsync();
        var colour = await Page.Locator("main").EvaluateAsync<string>("main => getComputedStyle(main).color");
        Assert.Equal("rgb(0, 0, 0)", colour);
        await SnapshotAsync("2-print");

        await Page.EmulateMediaAsync(new() { Media = Media.Screen });
        await Expect(MainNav).ToBeVisibleAsync();
    });
}
