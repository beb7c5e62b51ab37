using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PromiseKeeper.BrowserTests.Infrastructure;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;
using static Microsoft.Playwright.Assertions;

namespace PromiseKeeper.BrowserTests.Dashboard;

/// <summary>
/// A head of customer success opens the dashboard on a phone, follows the "mistake A" figure to the incident list, searches it
/// for a contract reference and downloads what is found as CSV (issue 17's browser scenario).
/// </summary>
public sealed class DashboardInBrowserTests(BrowserAppFixture app) : PhoneBrowserTest(app)
{
    [Fact]
    public Task A_head_of_customer_success_follows_the_mistake_A_figure_searches_the_list_and_downloads_it() => RunAsync(async () =>
    {
        var unique = Guid.NewGuid().ToString("N");
        var summary = $"Depot report promised for Friday arrived on Tuesday ({unique})";
        var reference = $"MSA Q{unique[..8]} clause 4.2";
        var id = await TestIncidents.AddAsync(App.Services, AccountManager, summary, PlaybookStage.InvestigateOrigin, reference, daysAgo: 1);
        await WithMistakeAAsync(id);
        var head = await TestUsers.AddAsync(App.Services, Roles.HeadOfCustomerSuccess, "Hana Kos");

        await SignInAsync(head);
        // On a phone the menu is folded away; the link is in it.
        await Expect(MainNav.Locator("a[href='/Dashboard']")).ToHaveCountAsync(1);
        await Page.GotoAsync("/Dashboard");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Img, new() { Name = "Share of incidents with each mistake" })).ToBeVisibleAsync();
        await ExpectAccessibleAsync();

        var mistakeA = Page.Locator("a[data-mistake='A']");
        Assert.True(int.Parse(await mistakeA.InnerTextAsync(), CultureInfo.InvariantCulture) >= 1);
        await mistakeA.ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Incidents", Level = 1 })).ToBeVisibleAsync();
        Assert.Contains("Show=all", Page.Url, StringComparison.Ordinal);
        Assert.EndsWith("&Mistake=A", Page.Url, StringComparison.Ordinal);
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = summary })).ToBeVisibleAsync();

        await Page.Locator("#text").FillAsync(reference);
        await Page.Locator("form[aria-label='Filter incidents'] button[type='submit']").ClickAsync();
        await Expect(Page.Locator("table.incident-list caption")).ToHaveTextAsync("Incidents, best match first");
        Assert.Contains("Text=", Page.Url, StringComparison.Ordinal);
        await Expect(Page.Locator("td.incident-summary > a")).ToHaveCountAsync(1);
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = summary })).ToBeVisibleAsync();

        var download = await Page.RunAndWaitForDownloadAsync(() => Page.Locator("#downloads").GetByRole(AriaRole.Link, new() { Name = "Incidents", Exact = true }).ClickAsync());
        var csv = await File.ReadAllTextAsync(await download.PathAsync());
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.StartsWith("Incident,Summary,", lines[0].TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Equal(2, lines.Length);
        Assert.Contains(summary, lines[1], StringComparison.Ordinal);
        Assert.Contains(reference, lines[1], StringComparison.Ordinal);
    });

    [Fact]
    public Task A_team_lead_lands_on_the_incident_list_from_the_mistake_A_figure() => RunAsync(async () =>
    {
        var id = await TestIncidents.AddAsync(
            App.Services, AccountManager, $"Stock count promised by noon came the next morning ({Guid.NewGuid():N})", PlaybookStage.ScheduleCall, daysAgo: 2);
        await WithMistakeAAsync(id);

        await SignInAsync(DemoData.Users.First(u => u.Role == Roles.TeamLead && u.Team == DemoData.CustomerSuccess));
        await Page.GotoAsync("/Dashboard?Period=90");
        await Page.Locator("a[data-mistake='A']").ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Incidents", Level = 1 })).ToBeVisibleAsync();
        Assert.Contains("Mistake=A", Page.Url, StringComparison.Ordinal);
    });

    // The figures helper's refresh fills this row in the running app; the test sets the value it needs.
    private async Task WithMistakeAAsync(long incidentId)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PromiseKeeperDbContext>();
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "IncidentFigures" ("IncidentId", "Severity", "SeverityPoints", "MistakeA", "MistakeB", "MistakeC", "MistakeD", "MistakeE",
                "MistakeCount", "ToldFirst", "ClientTextsSent", "BlameFindingsSent", "ComputedAt")
            VALUES ({incidentId}, 'Medium', 5, TRUE, FALSE, FALSE, FALSE, FALSE, 1, FALSE, 0, 0, now())
            ON CONFLICT ("IncidentId") DO UPDATE SET "MistakeA" = TRUE, "MistakeCount" = GREATEST("IncidentFigures"."MistakeCount", 1)
            """);
    }
}
