using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PromiseKeeper.BrowserTests.Infrastructure;
using PromiseKeeper.Domain.Incidents;
using static Microsoft.Playwright.Assertions;

namespace PromiseKeeper.BrowserTests.Account;

/// <summary>
/// A user who never chose a time zone is told on every page which zone the times are in, and offered the browser's
/// zone (read by site.js); one click makes it theirs, back on the same page, and the notice goes.
/// </summary>
public sealed class TimeZoneSuggestionTests(BrowserAppFixture app) : BrowserTest(app)
{
    [Fact]
    public Task A_new_user_takes_the_browser_s_zone_from_the_notice_and_the_page_shows_times_in_it() => RunAsync(async () =>
    {
        var user = await TestUsers.AddAsync(App.Services, Roles.AccountManager, $"Noor Amini {Unique.Tag()}", zoneChosen: false);
        var summary = Unique.Text("Depot report late");
        await TestIncidents.AddAsync(App.Services, user, summary, PlaybookStage.InvestigateOrigin);
        await SignInAsync(user);
        await MainNav.GetByRole(AriaRole.Link, new() { Name = "Incidents", Exact = true }).ClickAsync();

        var notice = Page.GetByRole(AriaRole.Complementary, new() { Name = "Your time zone" });
        await Expect(notice).ToContainTextAsync("Times are shown in UTC until you choose your time zone.");
        await Expect(notice.GetByRole(AriaRole.Link, new() { Name = "Choose it on your profile" })).ToHaveAttributeAsync("href", "/Account/Profile");
        await Expect(notice.GetByRole(AriaRole.Button, new() { Name = "Keep UTC and hide this notice" })).ToBeVisibleAsync();
        var use = notice.GetByRole(AriaRole.Button, new() { Name = $"Use {TimeZoneId}", Exact = true });
        await Expect(use).ToBeVisibleAsync();
        await Expect(Page.Locator("main time").First).ToHaveTextAsync(new Regex(" UTC$"));
        await ExpectAccessibleAsync();
        await SnapshotAsync("1-notice");

        await use.ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("/Incidents$"));
        await Expect(Page.GetByRole(AriaRole.Status).First).ToContainTextAsync($"Times are now shown in {TimeZoneId}.");
        await Expect(notice).ToHaveCountAsync(0);
        var time = Page.Locator("main time").First;
        await Expect(time).ToHaveTextAsync(new Regex($" {Regex.Escape(TimeZoneId)}$"));
        await Expect(time).ToHaveAttributeAsync("title", new Regex("^UTC\\+0[12]:00$"));
        await ExpectAccessibleAsync();

        // The zone is the user's now: the profile has it, and the next pages carry no notice.
        await Page.GetByRole(AriaRole.Link, new() { Name = "Profile", Exact = true }).ClickAsync();
        await Expect(Page.GetByLabel(new Regex("^Time zone"))).ToHaveValueAsync(TimeZoneId);
        await Expect(notice).ToHaveCountAsync(0);
    });
}
