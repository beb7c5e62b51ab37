using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PromiseKeeper.BrowserTests.Infrastructure;
using PromiseKeeper.BrowserTests.PageObjects;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;
using static Microsoft.Playwright.Assertions;

namespace PromiseKeeper.BrowserTests.PhoneLayout;

/// <summary>
/// The pages of legal, team leads and admins at a phone's width: each fits the screen without sideways
/// scrolling and passes the accessibility check, with content in its lists (incidents of the test's own).
/// </summary>
public sealed class RolePagesOnAPhoneTests(BrowserAppFixture app) : PhoneBrowserTest(app)
{
    private static DemoData.DemoUser Legal { get; } = DemoData.Users.First(u => u.Role == Roles.Legal);

    private static DemoData.DemoUser Lead { get; } =
        DemoData.Users.First(u => u.Role == Roles.TeamLead && u.Team == DemoData.CustomerSuccess);

    private static DemoData.DemoUser Admin { get; } = DemoData.Users.First(u => u.Role == Roles.Admin);

    [Fact]
    public Task Legal_queue_and_legal_review_fit_a_phone() => RunAsync(async () =>
    {
        var summary = $"Warehouse scanners delivered without the agreed support contract terms ({Tag()})";
        var id = await TestIncidents.AddAsync(
            App.Services, AccountManager, summary, PlaybookStage.ResearchAlternatives, contractReference: "MSA-2025-118, schedule 3, clause 12.4");

        await SignInAsync(Legal);
        await Page.GotoAsync("/Legal");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Legal queue", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = summary })).ToBeVisibleAsync();
        await ExpectFitsAsync("1-legal-queue");

        await Page.GotoAsync($"/Incidents/{Id(id)}/LegalReview");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Legal review", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByText("Forty hours of extra work").First).ToBeVisibleAsync();
        await ExpectFitsAsync("2-legal-review");
    });

    [Fact]
    public Task Team_lead_reviews_retro_review_reassign_and_audit_fit_a_phone() => RunAsync(async () =>
    {
        // Logged 40 days ago: the retro is submitted and its measure (due 14 days after it) is overdue.
        var summary = $"Quarterly depot figures reached the client two weeks late ({Tag()})";
        var id = await TestIncidents.AddAsync(App.Services, AccountManager, summary, PlaybookStage.InternalRetro, daysAgo: 40);

        await SignInAsync(Lead);
        await Page.GotoAsync("/Reviews");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Reviews", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = $"Review the retro of \"{summary}\"" })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Region, new() { Name = "Overdue prevention measures" }).GetByRole(AriaRole.Link, new() { Name = summary })).ToBeVisibleAsync();
        await ExpectFitsAsync("1-reviews");

        await Page.GotoAsync($"/Incidents/{Id(id)}/RetroReview");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Review the retro", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Approve" })).ToBeVisibleAsync();
        await ExpectFitsAsync("2-retro-review");

        await Page.GotoAsync($"/Incidents/{Id(id)}/Reassign");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Reassign the incident", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Reassign", Exact = true })).ToBeVisibleAsync();
        await ExpectFitsAsync("3-reassign");

        await Page.GotoAsync("/Audit");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Audit log", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Signed in" }).First).ToBeVisibleAsync();
        await ExpectFitsAsync("4-audit");
    });

    [Fact]
    public Task Account_manager_review_statuses_and_measures_fit_a_phone() => RunAsync(async () =>
    {
        var retroSummary = $"Invoice run sent twice to the same customers ({Tag()})";
        var retroId = await TestIncidents.AddAsync(App.Services, AccountManager, retroSummary, PlaybookStage.InternalRetro, daysAgo: 40);
        var contractSummary = $"Data migration slipped past the contractual cut-over ({Tag()})";
        var contractId = await TestIncidents.AddAsync(
            App.Services, AccountManager, contractSummary, PlaybookStage.ResearchAlternatives, contractReference: "MSA-2024-031, clause 8.2");

        await SignInAsync();
        await Page.GotoAsync($"/Incidents/{Id(retroId)}/Retro");
        await Expect(Page.GetByText("Waiting for a team lead's review").First).ToBeVisibleAsync();
        await ExpectFitsAsync("1-retro-waiting");

        await Page.GotoAsync($"/Incidents/{Id(retroId)}");
        await ExpectFitsAsync("2-incident-with-retro-status");

        await Page.GotoAsync($"/Incidents/{Id(contractId)}");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Legal review: Waiting for legal's review" })).ToBeVisibleAsync();
        await ExpectFitsAsync("3-incident-with-legal-status");

        await Page.GotoAsync($"/Incidents/{Id(contractId)}/Alternatives");
        await ExpectFitsAsync("4-alternatives-with-legal-status");

        await Page.GotoAsync($"/Incidents/{Id(retroId)}/NotApplicable");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Does the playbook not apply?", Level = 1 })).ToBeVisibleAsync();
        await ExpectFitsAsync("5-not-applicable");
    });

    [Fact]
    public Task Stopping_the_playbook_fits_a_phone() => RunAsync(async () =>
    {
        var id = await AnIncident("Client asked for the whole platform for free").AtStage(PlaybookStage.ResearchAlternatives).SeedAsync();

        await SignInAsync();
        var incident = await IncidentPage.OpenAsync(Page, id);
        var notApplicable = await incident.OpenStageAsync("Mark as not applicable");
        await notApplicable.ExpectHeadingAsync("Does the playbook not apply?");
        await ExpectFitsAsync("1-not-applicable-form");
        await notApplicable.FillAsync("Reason", "They demand a year of free work and threaten a bad review unless we agree.");
        await notApplicable.SaveAndReturnAsync("Mark as not applicable");
        await incident.ExpectStatusAsync("The incident is marked as not applicable");
        await ExpectFitsAsync("2-incident-not-applicable");

        await Page.GotoAsync($"/Incidents/{Id(id)}/NotApplicable");
        await Expect(Page.GetByText("This incident is already marked as not applicable.")).ToBeVisibleAsync();
        await ExpectFitsAsync("3-already-not-applicable");
    });

    [Fact]
    public Task Admin_pages_and_the_audit_log_fit_a_phone() => RunAsync(async () =>
    {
        var (userId, teamId) = await DemoUserAsync(AccountManager);

        await SignInAsync(Admin);
        await Page.GotoAsync("/Admin/Users");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Users", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = AccountManager.DisplayName, Exact = true })).ToBeVisibleAsync();
        await ExpectFitsAsync("1-users");

        await Page.GotoAsync($"/Admin/Users/{userId}");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = AccountManager.DisplayName, Level = 1 })).ToBeVisibleAsync();
        await ExpectFitsAsync("2-user");

        await Page.GotoAsync("/Admin/Users/Create");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Add a user", Level = 1 })).ToBeVisibleAsync();
        await ExpectFitsAsync("3-add-user");

        await Page.GotoAsync("/Admin/Teams");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Teams", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = DemoData.CustomerSuccess, Exact = true })).ToBeVisibleAsync();
        await ExpectFitsAsync("4-teams");

        await Page.GotoAsync($"/Admin/Teams/{teamId.ToString(CultureInfo.InvariantCulture)}");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = DemoData.CustomerSuccess, Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = AccountManager.DisplayName, Exact = true })).ToBeVisibleAsync();
        await ExpectFitsAsync("5-team");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Clock settings: working hours, holidays and response targets" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = $"Clock settings of {DemoData.CustomerSuccess}", Level = 1 })).ToBeVisibleAsync();
        await ExpectFitsAsync("6-team-clocks");

        // A refused holiday list: the message names the line, next to the field, and the page still fits.
        await Page.GetByLabel("Holidays").FillAsync("2026-12-25\n25.12.2026");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(Page.Locator("#Data_Holidays-error")).ToContainTextAsync("Line 2 (\"25.12.2026\") is not a date");
        await ExpectFitsAsync("7-team-clocks-refused");

        await Page.GotoAsync("/Audit");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Audit log", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Signed in" }).First).ToBeVisibleAsync();
        await ExpectFitsAsync("8-audit");
    });

    private async Task ExpectFitsAsync(string step, [CallerMemberName] string testName = "")
    {
        await ExpectAccessibleAsync(); // and that it fits the phone
        await SnapshotAsync(step, testName);
    }

    private async Task<(string UserId, int TeamId)> DemoUserAsync(DemoData.DemoUser demoUser)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.Users.AsNoTracking().SingleAsync(u => u.Email == demoUser.Email);
        return (user.Id, user.TeamId ?? throw new InvalidOperationException($"{demoUser.Email} has no team."));
    }

    private static string Tag() => Guid.NewGuid().ToString("N")[..8];

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
