using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PromiseKeeper.BrowserTests.Infrastructure;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;
using static Microsoft.Playwright.Assertions;

namespace PromiseKeeper.BrowserTests.Incidents;

/// <summary>
/// The retro review in a real browser: the account manager submits the retro, the team lead sends it
/// back with comments, the account manager changes and resubmits it, the lead approves, and the incident closes.
/// </summary>
public sealed class RetroReviewTests(BrowserAppFixture app) : BrowserTest(app)
{
    private const string Comments = "The root cause stops at the outage. Why did we promise a date that depended on one provider?";

    private static DemoData.DemoUser Lead { get; } = DemoData.Users.First(u => u.Role == Roles.TeamLead);

    [Fact]
    public Task A_retro_sent_back_is_resubmitted_approved_and_the_incident_closes() => RunAsync(async () =>
    {
        // An incident of our own at the retro stage, so no other test's steps change it.
        var summary = $"Booking export missed the season start ({Guid.NewGuid().ToString("N")[..8]})";
        var id = await AddIncidentAtRetroAsync(summary);
        var incidentUrl = $"{App.BaseUrl}/Incidents/{id}";

        // 1. The account manager writes the retro, adds a measure and submits it.
        await SignInAsync();
        await Page.GotoAsync($"/Incidents/{id}");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Hold the internal retro" }).ClickAsync();
        await Field("Kind of root cause").SelectOptionAsync(new SelectOptionValue { Label = "Dependency on a third party" });
        await Field("Root cause: why did the promise break?").FillAsync("The payment provider was down for two days.");
        await Field("Lessons learned").FillAsync("Keep a fallback for the payment provider.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save the retro" }).ClickAsync();
        await Field("What will be done").FillAsync("Agree a second payment provider as a fallback");
        await Field("Owner").FillAsync("Head of delivery");
        await Field("Due on").FillAsync(DateInput(BrowserNow().Date.AddDays(21)));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add the measure" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Cell, new() { Name = "Agree a second payment provider as a fallback", Exact = true })).ToBeVisibleAsync();
        await ExpectAccessibleAsync();
        await SnapshotAsync("1-retro");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Submit the retro" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(incidentUrl);
        await Expect(Page.GetByText("Review: Waiting for a team lead's review.")).ToBeVisibleAsync();
        await ExpectAccessibleAsync();
        await SignOutAsync();

        // 2. The team lead finds it on the Reviews page and sends it back with comments.
        await SignInAsync(Lead);
        await MainNav.GetByRole(AriaRole.Link, new() { Name = "Reviews", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Reviews", Level = 1 })).ToBeVisibleAsync();
        await ExpectAccessibleAsync();
        await Page.GetByRole(AriaRole.Row).Filter(new() { HasText = summary }).GetByRole(AriaRole.Link, new() { Name = $"Review the retro of \"{summary}\"" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Review the retro", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByText("The payment provider was down for two days.")).ToBeVisibleAsync();
        await ExpectAccessibleAsync();
        await SnapshotAsync("2-review");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send back" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Say what should change");
        await ExpectAccessibleAsync();
        await Page.GetByLabel("Comments for the account manager").FillAsync(Comments);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send back" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("The retro went back to the account manager");
        await Expect(Page.GetByRole(AriaRole.Row).Filter(new() { HasText = summary })).ToHaveCountAsync(0);
        await SignOutAsync();

        // 3. The account manager sees the comments, changes the retro and submits it again.
        await SignInAsync();
        await Page.GotoAsync($"/Incidents/{id}");
        await Expect(Page.GetByText(Comments)).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Hold the internal retro" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = $"{Lead.DisplayName} sent the retro back" })).ToBeVisibleAsync();
        await Expect(Page.GetByText(Comments)).ToBeVisibleAsync();
        await ExpectAccessibleAsync();
        await SnapshotAsync("3-sent-back");
        await Field("Root cause: why did the promise break?").FillAsync("We promised a launch date that depended on a single payment provider, without a fallback.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save the retro" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("The retro is saved.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Submit again" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(incidentUrl);
        await Expect(Page.GetByText("A team lead has to approve the retro first.")).ToBeVisibleAsync();
        await SignOutAsync();

        // 4. The team lead approves.
        await SignInAsync(Lead);
        await MainNav.GetByRole(AriaRole.Link, new() { Name = "Reviews", Exact = true }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = $"Review the retro of \"{summary}\"" }).ClickAsync();
        await Expect(Page.GetByText("without a fallback")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Last review" })).ToBeVisibleAsync();
        await Page.GetByLabel("Comments for the account manager").FillAsync("Clear now, thank you.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("The retro is approved.");
        await ExpectAccessibleAsync();
        await SnapshotAsync("4-reviews");
        await SignOutAsync();

        // 5. The account manager closes the incident.
        await SignInAsync();
        await Page.GotoAsync($"/Incidents/{id}");
        await Expect(Page.GetByText($"Approved by {Lead.DisplayName}")).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Close the incident" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = $"Stage: {StageNames.Of(PlaybookStage.Closed)}" })).ToBeVisibleAsync();
        await ExpectAccessibleAsync();
    });

    private async Task SignOutAsync()
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/Account/Login", RegexOptions.IgnoreCase));
    }

    /// <summary>Logs an incident for the demo account manager and walks it to the retro stage with the real domain methods.</summary>
    private async Task<long> AddIncidentAtRetroAsync(string summary)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PromiseKeeperDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var owner = await users.FindByEmailAsync(AccountManager.Email) ?? throw new InvalidOperationException("The demo account manager is missing.");
        var actor = Actor.Create(owner.Id, owner.DisplayName);
        var client = db.Clients.First(c => c.Name == "Tailspin Travel");
        var now = DateTimeOffset.UtcNow;
        var incident = Incident.Log(new IncidentDetails
        {
            ClientId = client.Id,
            Summary = summary,
            Kind = IncidentKind.MissedDeadline,
            ContactName = "Tom Becker",
            PromiseDescription = "The booking export would be ready before the season started.",
            PromisedBy = owner.DisplayName,
            PromisedOn = DateOnly.FromDateTime(now.UtcDateTime.AddDays(-60)),
            PromiseChannel = PromiseChannel.Email,
            ClientGoals = "Open bookings on the first day of the season.",
            Fault = Fault.ThirdParty,
            Damage = DamageKinds.Delay,
            PersonalHarm = PersonalHarm.None,
            DiscoveredAt = now.AddDays(-10),
        }, actor, now.AddDays(-10), owner.TeamId);
        scope.ServiceProvider.GetRequiredService<DemoPlaybook>().WalkTo(incident, PlaybookStage.InternalRetro, client.Name, actor, now.AddDays(-9), TimeSpan.FromHours(1));
        db.Incidents.Add(incident);
        await db.SaveChangesAsync();
        return incident.Id;
    }

    private ILocator Field(string label) =>
        Page.GetByLabel(new Regex("^" + Regex.Escape(label) + @"(\s*\*)?$"));
}
