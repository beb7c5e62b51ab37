using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PromiseKeeper.BrowserTests.Infrastructure;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;
using static Microsoft.Playwright.Assertions;

namespace PromiseKeeper.BrowserTests.Dashboard;

/// <summary>A head of customer success opens the dashboard on a phone and follows the "mistake A" figure to the incident list.</summary>
public sealed class DashboardInBrowserTests(BrowserAppFixture app) : PhoneBrowserTest(app)
{
    [Fact]
    public Task A_head_of_customer_success_follows_the_mistake_A_figure_to_its_incidents() => RunAsync(async () =>
    {
        var id = await TestIncidents.AddAsync(
            App.Services, AccountManager, $"Depot report promised for Friday arrived on Tuesday ({Guid.NewGuid():N})", PlaybookStage.Conversation, daysAgo: 3);
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
        var followed = await Page.RunAndWaitForRequestAsync(() => mistakeA.ClickAsync(), r => r.Url.Contains("/Incidents?", StringComparison.Ordinal));
        Assert.Contains("Show=all", followed.Url, StringComparison.Ordinal);
        Assert.EndsWith("&Mistake=A", followed.Url, StringComparison.Ordinal);
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
