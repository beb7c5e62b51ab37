using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PromiseKeeper.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PromiseKeeper.BrowserTests.Incidents;

/// <summary>At a phone's width the menu folds behind the toggler, and the pages still fit the screen.</summary>
public sealed class PhoneLayoutTests(BrowserAppFixture app) : PhoneBrowserTest(app)
{
    [Fact]
    public Task Menu_opens_from_the_toggler_and_the_pages_fit_a_phone() => RunAsync(async () =>
    {
        await SignInAsync();
        var toggler = Page.GetByRole(AriaRole.Button, new() { Name = "Show or hide the menu" });
        var logLink = MainNav.GetByRole(AriaRole.Link, new() { Name = "Log a broken promise", Exact = true });
        var incidentsLink = MainNav.GetByRole(AriaRole.Link, new() { Name = "Incidents", Exact = true });

        await Expect(toggler).ToBeVisibleAsync();
        await Expect(logLink).ToBeHiddenAsync();
        await toggler.ClickAsync();
        await Expect(toggler).ToHaveAttributeAsync("aria-expanded", "true");
        await logLink.ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Log a broken promise", Level = 1 })).ToBeVisibleAsync();
        await Expect(logLink).ToBeHiddenAsync();
        await ExpectAccessibleAsync();
        await SnapshotAsync("1-form");

        await Page.WaitUntilLoadedAsync();
        await toggler.ClickAsync();
        await Expect(toggler).ToHaveAttributeAsync("aria-expanded", "true");
        await incidentsLink.ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/Incidents(/Index)?$", RegexOptions.IgnoreCase));
        var firstIncident = Page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Link).First;
        await Expect(firstIncident).ToBeVisibleAsync();
        await ExpectAccessibleAsync();
        await SnapshotAsync("2-list");

        var summary = await firstIncident.InnerTextAsync();
        await firstIncident.ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = summary.Trim(), Level = 1 })).ToBeVisibleAsync();
        await ExpectAccessibleAsync();
        await SnapshotAsync("3-incident");
    });

    [Fact]
    public Task Playbook_pages_fit_a_phone_and_the_demo_offer_shows_its_warning() => RunAsync(async () =>
    {
        await SignInAsync();
        await Page.GotoAsync("/Incidents");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Loyalty-card integration promised in the SOW is not feasible" }).ClickAsync();
        await Expect(Page.GetByText("legal must review this incident")).ToBeVisibleAsync();
        await ExpectNoSidewaysScrollingAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "Research alternatives and build the offer" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Alternatives and the offer", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "The offer is out of proportion to the loss." })).ToBeVisibleAsync();
        await ExpectAccessibleAsync();
        await SnapshotAsync("1-alternatives");

        await Page.GotoAsync("/Incidents");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Monthly report sent with wrong patient-volume figures" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Record the conversation" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "The conversation", Level = 1 })).ToBeVisibleAsync();
        await ExpectAccessibleAsync();
        await SnapshotAsync("2-conversation");
    });
}
