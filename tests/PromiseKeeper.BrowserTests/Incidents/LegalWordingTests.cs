using System.Globalization;
using Microsoft.Playwright;
using PromiseKeeper.BrowserTests.Infrastructure;
using PromiseKeeper.BrowserTests.PageObjects;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;
using static Microsoft.Playwright.Assertions;

namespace PromiseKeeper.BrowserTests.Incidents;

/// <summary>Legal reads the words to the client and asks for a change to the call plan; the account manager sees it next to the call plan.</summary>
public sealed class LegalWordingTests(BrowserAppFixture app) : BrowserTest(app)
{
    private const string Change = "Do not call it a breach of the contract: say we missed the date we gave.";

    private static readonly DemoData.DemoUser Legal = DemoData.Users.First(u => u.Role == Roles.Legal);

    [Fact]
    public Task Legal_asks_for_a_change_to_the_call_plans_wording_and_the_account_manager_sees_it_next_to_the_text() => RunAsync(async () =>
    {
        var id = await AnIncident("Warehouse scanners promised in the contract arrived late")
            .ContractLinked("MSA-2026-044, clause 3")
            .AtStage(PlaybookStage.ScheduleCall)
            .SeedAsync();
        var path = string.Create(CultureInfo.InvariantCulture, $"/Incidents/{id}");

        await SignInAsync(Legal);
        await Page.GotoAsync($"{path}/LegalReview");
        var review = new FormPage(Page);
        await review.ExpectHeadingAsync("Legal review");
        var plan = Page.GetByRole(AriaRole.Article, new() { Name = "The call plan" });
        await Expect(plan).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Article, new() { Name = "The email asking for the call" })).ToBeVisibleAsync();
        await plan.GetByLabel("Ask for changes to the wording").CheckAsync();
        await plan.GetByLabel("What has to change in the wording").FillAsync(Change);
        await ExpectAccessibleAsync();
        await SnapshotAsync("1-legal-reads-the-call-plan");
        await plan.GetByRole(AriaRole.Button, new() { Name = "Record the decision on the call plan" }).ClickAsync();
        await Expect(Page.GetByText("You asked for changes to the wording of the call plan.")).ToBeVisibleAsync();
        await Expect(plan.GetByRole(AriaRole.Note)).ToContainTextAsync(Change);
        await ExpectAccessibleAsync();
        await SignOutAsync();

        await SignInAsync();
        await Page.GotoAsync($"{path}/Call");
        var note = Page.GetByRole(AriaRole.Note, new() { Name = "Legal asked for changes to the wording of the call plan" });
        await Expect(note).ToContainTextAsync(Change);
        await Expect(note).ToContainTextAsync(Legal.DisplayName);
        await ExpectAccessibleAsync();
        await SnapshotAsync("2-account-manager-sees-the-change");
        await Page.GotoAsync(path);
        // The offer is not approved yet, so the incident still waits for legal; the thread shows legal's note.
        await Expect(Page.GetByRole(AriaRole.Region, new() { Name = "Legal review: Waiting for legal's review" })).ToContainTextAsync(Change);
        await ExpectAccessibleAsync();
    });
}
