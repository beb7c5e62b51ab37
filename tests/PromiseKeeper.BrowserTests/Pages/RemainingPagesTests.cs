using Microsoft.Playwright;
using PromiseKeeper.BrowserTests.Infrastructure;
using PromiseKeeper.BrowserTests.PageObjects;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;
using static Microsoft.Playwright.Assertions;

namespace PromiseKeeper.BrowserTests.Pages;

/// <summary>
/// The pages no walk-through visits (the admin's home page, clients and editing one, evidence, writing instead of calling, check-ins, the whole timeline,
/// correcting the record, sign out everywhere,
/// access denied, not found): each is valid HTML, accessible, and fits a phone.
/// </summary>
public sealed class RemainingPagesTests(BrowserAppFixture app) : BrowserTest(app)
{
    [Fact]
    public Task The_account_manager_s_other_pages_are_valid_and_accessible() => RunAsync(async () =>
    {
        var id = await AnIncident("Warehouse labels printed in the wrong format").AtStage(PlaybookStage.FollowUpRecap).SeedAsync();
        await SignInAsync();
        var view = new FormPage(Page);

        await ExpectPageAsync("/Clients", "Clients");
        await ExpectPageAsync("/Clients/Create", "Add a client");
        // The demo's Russian-speaking client, edited from the list.
        await Page.GotoAsync("/Clients");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Edit Балтийские Системы" }).ClickAsync();
        await view.ExpectHeadingAsync("Edit Балтийские Системы");
        await Expect(Page.GetByLabel("Language we write to them in")).ToHaveValueAsync("ru");
        await ExpectAccessibleAsync();
        await ExpectPageAsync($"{IncidentPage.PathOf(id)}/Evidence", "Evidence of the promise");
        await ExpectPageAsync($"{IncidentPage.PathOf(id)}/WriteInstead", "Write instead of calling");
        await ExpectPageAsync($"{IncidentPage.PathOf(id)}/CheckIns", "Check-ins with the client");
        await ExpectPageAsync($"{IncidentPage.PathOf(id)}/Timeline", "Timeline");
        await ExpectPageAsync($"{IncidentPage.PathOf(id)}/Correct", "Correct the record");
        await ExpectPageAsync("/Account/Sessions", "Sign out everywhere");

        var notFound = await Page.GotoAsync("/Incidents/999999999");
        Assert.Equal(404, notFound?.Status);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await ExpectAccessibleAsync();

        async Task ExpectPageAsync(string path, string heading)
        {
            await Page.GotoAsync(path);
            await view.ExpectHeadingAsync(heading);
            await ExpectAccessibleAsync();
        }
    });

    [Fact]
    public Task The_admin_s_home_page_and_a_page_outside_the_role_are_valid_and_accessible() => RunAsync(async () =>
    {
        await SignInAsync(DemoData.Users.First(u => u.Role == Roles.Admin));
        var view = new FormPage(Page);

        await Page.GotoAsync("/");
        await view.ExpectHeadingAsync("Waiting on me");
        await ExpectAccessibleAsync();

        // Admins see no incident content.
        await Page.GotoAsync("/Incidents");
        await view.ExpectHeadingAsync("Not allowed");
        await ExpectAccessibleAsync();
    });
}
