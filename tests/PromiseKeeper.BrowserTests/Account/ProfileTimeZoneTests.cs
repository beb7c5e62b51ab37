using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PromiseKeeper.BrowserTests.Infrastructure;
using PromiseKeeper.BrowserTests.PageObjects;
using PromiseKeeper.Web.Data;
using static Microsoft.Playwright.Assertions;

namespace PromiseKeeper.BrowserTests.Account;

/// <summary>
/// A user picks their time zone on the profile page and the next page shows times in it, labelled with it.
/// The user is added by the demo admin for this test, so the demo users' zone stays as it is.
/// </summary>
public sealed class ProfileTimeZoneTests(BrowserAppFixture app) : BrowserTest(app)
{
    private static DemoData.DemoUser Admin { get; } = DemoData.Users.First(u => u.Role == Roles.Admin);

    [Fact]
    public Task A_user_sets_their_zone_on_the_profile_and_sees_times_labelled_with_it() => RunAsync(async () =>
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var email = $"kim.tanaka.{tag}@example.test";
        const string password = "harbour lantern seventeen";
        var form = new FormPage(Page);

        // The admin adds an admin in UTC (the audit log then has a row to show a time in).
        await SignInAsync(Admin);
        await Page.GotoAsync("/Admin/Users/Create");
        await form.Field("Email address").FillAsync(email);
        await form.Field("Name").FillAsync($"Kim Tanaka {tag}");
        await Page.GetByRole(AriaRole.Checkbox, new() { Name = "Admin", Exact = true }).CheckAsync();
        await form.Field("Initial password").FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add the user" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("can now sign in");
        await SignOutAsync();

        // The new user signs in: times are in UTC until they choose.
        await Page.GetByLabel("Email", new() { Exact = true }).FillAsync(email);
        await Page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await MainNav.GetByRole(AriaRole.Link, new() { Name = "Audit log", Exact = true }).ClickAsync();
        await Expect(Page.Locator("main time").First).ToHaveTextAsync(new Regex(" UTC$"));

        // On the profile, a zone outside the IANA list is refused; Asia/Tokyo is taken.
        await Page.GetByRole(AriaRole.Link, new() { Name = "Profile", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Your profile", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByText("Your browser is set to Europe/Berlin.")).ToBeVisibleAsync();
        await ExpectAccessibleAsync();
        await form.Field("Time zone").FillAsync("Tokyo time");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(form.Field("Time zone")).ToHaveAccessibleDescriptionAsync(new Regex("is not a time zone from the IANA list"));
        await ExpectAccessibleAsync();
        await form.Field("Time zone").FillAsync("Asia/Tokyo");
        await form.Field("Phone number").FillAsync("+81 3 1234 5678");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Times are shown in Asia/Tokyo.");
        await SnapshotAsync("1-profile-saved");

        // The very next page shows its times in Tokyo, labelled so, with the UTC instant kept in the element.
        await MainNav.GetByRole(AriaRole.Link, new() { Name = "Audit log", Exact = true }).ClickAsync();
        var time = Page.Locator("main time").First;
        await Expect(time).ToHaveTextAsync(new Regex(" Asia/Tokyo$"));
        await Expect(time).ToHaveAttributeAsync("title", "UTC+09:00");
        await Expect(time).ToHaveAttributeAsync("datetime", new Regex("Z$"));
    });
}
