using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PromiseKeeper.BrowserTests.Infrastructure;
using PromiseKeeper.BrowserTests.PageObjects;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Notifications;
using static Microsoft.Playwright.Assertions;

namespace PromiseKeeper.BrowserTests.Pages;

/// <summary>
/// The pages no walk-through visits (the admin's home page and a client's SLA, clients and editing one, my measures and check-ins, evidence, writing instead of calling, check-ins, the whole timeline,
/// correcting the record, sign out everywhere, notifications and their settings, outgoing email, unsubscribing from an email,
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
        await ExpectPageAsync("/Notifications", "Notifications");
        await ExpectPageAsync("/Account/Notifications", "Notification settings");
        await ExpectPageAsync("/Work/Owned", "My measures and check-ins");

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

        await Page.GotoAsync("/Admin/Mail");
        await view.ExpectHeadingAsync("Outgoing email");
        await ExpectAccessibleAsync();

        // A client's SLA, which admins and team leads set.
        var (clientId, clientName) = await FirstClientAsync();
        await Page.GotoAsync($"/Clients/{clientId.ToString(System.Globalization.CultureInfo.InvariantCulture)}/Sla");
        await view.ExpectHeadingAsync($"SLA of {clientName}");
        await ExpectAccessibleAsync();

        // Admins see no incident content.
        await Page.GotoAsync("/Incidents");
        await view.ExpectHeadingAsync("Not allowed");
        await ExpectAccessibleAsync();
    });

    private async Task<(int Id, string Name)> FirstClientAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PromiseKeeperDbContext>();
        var client = db.Clients.OrderBy(c => c.Id).Select(c => new { c.Id, c.Name }).First();
        return (client.Id, client.Name);
    }

    [Fact]
    public Task The_unsubscribe_page_opened_from_an_email_without_signing_in_is_valid_and_accessible() => RunAsync(async () =>
    {
        string token;
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var user = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(AccountManager.Email)
                ?? throw new InvalidOperationException("The demo account manager is missing.");
            token = scope.ServiceProvider.GetRequiredService<UnsubscribeTokens>().Issue(user.Id, NotificationKind.IncidentAssigned);
        }

        await Page.GotoAsync($"/Unsubscribe?token={Uri.EscapeDataString(token)}");
        await new FormPage(Page).ExpectHeadingAsync("Stop notification emails");
        await ExpectAccessibleAsync();
    });
}
