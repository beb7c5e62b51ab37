using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PromiseKeeper.BrowserTests.Infrastructure;
using PromiseKeeper.BrowserTests.PageObjects;
using PromiseKeeper.Web.Data;
using static Microsoft.Playwright.Assertions;

namespace PromiseKeeper.BrowserTests.Admin;

/// <summary>
/// The admin pages in a real browser: the demo admin adds a user (a too-short password is refused first),
/// puts them in a team, deactivates them, looks at the teams, and finds all three changes in the audit log.
/// </summary>
public sealed class AdminInBrowserTests(BrowserAppFixture app) : BrowserTest(app)
{
    private static DemoData.DemoUser Admin { get; } = DemoData.Users.First(u => u.Role == Roles.Admin);

    [Fact]
    public Task Admin_adds_a_user_puts_them_in_a_team_deactivates_them_and_finds_it_in_the_audit_log() => RunAsync(async () =>
    {
        // A user of this test's own, so running it again (or another test) is not disturbed.
        var tag = Guid.NewGuid().ToString("N")[..8];
        var email = $"jo.baptiste.{tag}@example.test";
        var name = $"Jo Baptiste {tag}";
        var newUserRows = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = email });

        var form = new FormPage(Page);

        // 1. From the menu to the user list, and on to the form.
        await SignInAsync(Admin);
        await MainNav.GetByRole(AriaRole.Link, new() { Name = "Admin", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Users", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Row).Filter(new() { HasText = AccountManager.Email })).ToBeVisibleAsync();
        await ExpectAccessibleAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Add a user", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Add a user", Level = 1 })).ToBeVisibleAsync();
        await ExpectAccessibleAsync();

        // 2. A password that is too short is refused, next to the field and in the summary; nothing is added.
        await form.Field("Email address").FillAsync(email);
        await form.Field("Name").FillAsync(name);
        await Page.GetByRole(AriaRole.Checkbox, new() { Name = "Account manager", Exact = true }).CheckAsync();
        await form.Field("Initial password").FillAsync("too-short");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add the user" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The user is not added yet");
        await Expect(form.Field("Initial password")).ToHaveAccessibleDescriptionAsync(new Regex("at least 12 characters"));
        await Expect(form.Field("Initial password")).ToBeEmptyAsync();
        await Expect(form.Field("Email address")).ToHaveValueAsync(email);
        await Expect(Page.GetByRole(AriaRole.Checkbox, new() { Name = "Account manager", Exact = true })).ToBeCheckedAsync();
        await ExpectAccessibleAsync();
        await SnapshotAsync("1-short-password");

        // 3. With a good password the user is added and their page opens.
        await form.Field("Initial password").FillAsync("harbour lantern seventeen");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add the user" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync($"{name} can now sign in with {email}");
        await Expect(form.Field("Team")).ToHaveValueAsync(string.Empty);
        await ExpectAccessibleAsync();

        // 4. The admin puts them in a team.
        await form.Field("Team").SelectOptionAsync(new SelectOptionValue { Label = DemoData.EnterpriseAccounts });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("The changes are saved.");
        await Expect(form.Field("Team").Locator("option:checked")).ToHaveTextAsync(DemoData.EnterpriseAccounts);

        // 5. ... and deactivates them.
        await Page.GetByRole(AriaRole.Button, new() { Name = $"Deactivate {name}" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync($"{name} is deactivated");
        await Expect(Page.GetByText("Deactivated", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = $"Reactivate {name}" })).ToBeVisibleAsync();
        await ExpectAccessibleAsync();
        await SnapshotAsync("2-deactivated");

        // 6. The user list shows them deactivated in their team.
        await Page.GetByRole(AriaRole.Link, new() { Name = "← Users" }).ClickAsync();
        await Page.GetByLabel("Name or email", new() { Exact = true }).FillAsync(email);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await Expect(newUserRows).ToHaveCountAsync(1);
        await Expect(newUserRows).ToContainTextAsync(DemoData.EnterpriseAccounts);
        await Expect(newUserRows).ToContainTextAsync("Deactivated");

        // 7. The teams list, and the team's page with its new (deactivated) member.
        await Page.GetByRole(AriaRole.Link, new() { Name = "Teams", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Teams", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Row).Filter(new() { HasText = DemoData.CustomerSuccess })).ToContainTextAsync("Tara Whitfield");
        await ExpectAccessibleAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = DemoData.EnterpriseAccounts, Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = DemoData.EnterpriseAccounts, Level = 1 })).ToBeVisibleAsync();
        await Expect(newUserRows).ToContainTextAsync("Deactivated");
        await ExpectAccessibleAsync();
        await SnapshotAsync("3-team");

        // 8. The audit log, filtered to what the admin did, has the three changes to the new user, newest first.
        await MainNav.GetByRole(AriaRole.Link, new() { Name = "Audit log", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Audit log", Level = 1 })).ToBeVisibleAsync();
        await ExpectAccessibleAsync();
        await Page.GetByLabel("Who (name or email)").FillAsync(Admin.DisplayName);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Filter", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Clear the filters" })).ToBeVisibleAsync();
        await Expect(newUserRows).ToHaveCountAsync(3);
        await Expect(newUserRows.Nth(0)).ToContainTextAsync("Deactivated a user");
        await Expect(newUserRows.Nth(1)).ToContainTextAsync("Changed a user");
        await Expect(newUserRows.Nth(1)).ToContainTextAsync($"team: {DemoData.EnterpriseAccounts}");
        await Expect(newUserRows.Nth(2)).ToContainTextAsync("Created a user");
        await Expect(newUserRows.Nth(2)).ToContainTextAsync($"Created {name} with the roles Account manager");
        foreach (var row in await newUserRows.AllAsync())
        {
            await Expect(row).ToContainTextAsync(Admin.DisplayName);
        }

        await ExpectAccessibleAsync();
        await SnapshotAsync("4-audit");

        // 9. Filters that match nothing say so and offer to clear them.
        await Page.GetByLabel("Who (name or email)").FillAsync($"nobody-{tag}");
        await form.ClickAsync("Filter");
        await Expect(Page.GetByText("No entries match these filters.")).ToBeVisibleAsync();
        await ExpectAccessibleAsync();
    });
}
