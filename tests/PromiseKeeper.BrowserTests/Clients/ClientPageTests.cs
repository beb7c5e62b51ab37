using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PromiseKeeper.BrowserTests.Infrastructure;
using PromiseKeeper.BrowserTests.PageObjects;
using PromiseKeeper.Domain.Clients;
using PromiseKeeper.Web.Data;
using static Microsoft.Playwright.Assertions;

namespace PromiseKeeper.BrowserTests.Clients;

/// <summary>
/// The client page, its contact and relationship forms (each valid HTML, accessible, fitting a phone), and the Log form
/// filling the contact fields from a contact picked for the chosen client.
/// </summary>
public sealed class ClientPageTests(BrowserAppFixture app) : BrowserTest(app)
{
    [Fact]
    public Task An_account_manager_keeps_a_contact_changes_the_relationship_and_picks_the_contact_when_logging() => RunAsync(async () =>
    {
        var name = Unique.Text("Contoso");
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PromiseKeeperDbContext>();
            db.Clients.Add(Client.Create(name, LoyaltyLevel.Loyal, DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
        }

        await SignInAsync();
        var view = new FormPage(Page);
        await Page.GotoAsync($"/Clients?Search={Uri.EscapeDataString(name)}");
        await Page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();
        await view.ExpectHeadingAsync(name);
        await ExpectAccessibleAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "Add a contact" }).ClickAsync();
        await view.ExpectHeadingAsync($"Add a contact to {name}");
        await ExpectAccessibleAsync();
        await view.FillAsync("Name", "Marta Horvat");
        await view.FillAsync("Title or role", "CFO");
        await view.FillAsync("Email", "marta@contoso.example");
        await view.ClickAsync("Add the contact");
        await Expect(view.Status).ToContainTextAsync("Marta Horvat is saved.");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Change the relationship" }).ClickAsync();
        await view.ExpectHeadingAsync($"The relationship with {name}");
        await ExpectAccessibleAsync();
        await view.ChooseAsync("Their relationship with us now", "Cautious");
        await view.FillAsync("Why it changed", "Two late deliveries in a month.");
        await view.ClickAsync("Save the relationship");
        await Expect(Page.GetByText("Loyal → Cautious")).ToBeVisibleAsync();
        await ExpectAccessibleAsync();

        await Page.GotoAsync("/Incidents/Log");
        await view.ChooseAsync("Client", name);
        await view.ChooseAsync("A contact kept for the client", "Marta Horvat (CFO)");
        await Expect(Page.GetByLabel("Email", new() { Exact = true })).ToHaveValueAsync("marta@contoso.example");
        await Expect(Page.Locator("#Data_ContactName")).ToHaveValueAsync("Marta Horvat");
        await ExpectAccessibleAsync();
    });
}
