using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PromiseKeeper.BrowserTests.Infrastructure;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;
using static Microsoft.Playwright.Assertions;

namespace PromiseKeeper.BrowserTests.Incidents;

/// <summary>
/// Reassignment in a real browser: the team lead hands an incident of the team to the other account manager,
/// sees the new owner on the incident, and finds the handover with its reason in the audit log.
/// </summary>
public sealed class ReassignTests(BrowserAppFixture app) : BrowserTest(app)
{
    private const string Reason = "Alex is on leave for three weeks; Bea knows the client well.";

    private static DemoData.DemoUser Lead { get; } =
        DemoData.Users.First(u => u.Role == Roles.TeamLead && u.Team == DemoData.CustomerSuccess);

    private static DemoData.DemoUser OtherAccountManager { get; } =
        DemoData.Users.First(u => u.Role == Roles.AccountManager && u.Team == DemoData.CustomerSuccess && u != AccountManager);

    [Fact]
    public Task Team_lead_reassigns_an_incident_to_the_other_account_manager_of_the_team() => RunAsync(async () =>
    {
        // An incident of our own, owned by the demo account manager, so no other test sees its owner change.
        var summary = $"Depot report missed the quarter close ({Guid.NewGuid().ToString("N")[..8]})";
        var id = await TestIncidents.AddAsync(App.Services, AccountManager, summary, PlaybookStage.InvestigateOrigin);
        var incidentUrl = $"{App.BaseUrl}/Incidents/{id.ToString(CultureInfo.InvariantCulture)}";

        await SignInAsync(Lead);
        await Page.GotoAsync(incidentUrl);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = summary, Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByText($"owned by {AccountManager.DisplayName}")).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Reassign", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Reassign the incident", Level = 1 })).ToBeVisibleAsync();
        await ExpectAccessibleAsync();
        await SnapshotAsync("1-form");

        // Only the team's other account manager can take it over; choosing nobody is refused.
        var newOwner = Page.GetByLabel(new Regex(@"^New owner(\s*\*)?$"));
        await Expect(newOwner.Locator("option")).ToHaveTextAsync(["Choose an account manager…", OtherAccountManager.DisplayName]);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Reassign", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The incident was not reassigned");
        await Expect(newOwner).ToHaveAccessibleDescriptionAsync(new Regex("Choose the account manager who takes the incident over"));
        await ExpectAccessibleAsync();

        await newOwner.SelectOptionAsync(new SelectOptionValue { Label = OtherAccountManager.DisplayName });
        await Page.GetByLabel("Reason").FillAsync(Reason);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Reassign", Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(incidentUrl);
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync($"{OtherAccountManager.DisplayName} now owns this incident");
        await Expect(Page.GetByText($"owned by {OtherAccountManager.DisplayName}")).ToBeVisibleAsync();
        await Expect(Page.GetByText($"Reassigned the incident to {OtherAccountManager.DisplayName}.")).ToBeVisibleAsync();
        await ExpectAccessibleAsync();
        await SnapshotAsync("2-reassigned");

        // The lead's audit log has the handover with its reason.
        await Page.GotoAsync($"/Audit?IncidentId={id.ToString(CultureInfo.InvariantCulture)}");
        var entry = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Reassigned an incident" });
        await Expect(entry).ToHaveCountAsync(1);
        await Expect(entry).ToContainTextAsync($"Reassigned from {AccountManager.DisplayName} to {OtherAccountManager.DisplayName}. Reason: {Reason}");
        await Expect(entry).ToContainTextAsync(Lead.DisplayName);
        await ExpectAccessibleAsync();
    });
}
