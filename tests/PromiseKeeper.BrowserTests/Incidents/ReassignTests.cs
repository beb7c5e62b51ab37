using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PromiseKeeper.BrowserTests.Infrastructure;
using PromiseKeeper.BrowserTests.PageObjects;
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
        var builder = AnIncident("Depot report missed the quarter close");
        var summary = builder.Summary;
        var id = await builder.SeedAsync();
        var incidentUrl = App.BaseUrl + IncidentPage.PathOf(id);

        await SignInAsync(Lead);
        var incident = await IncidentPage.OpenAsync(Page, id);
        await incident.ExpectHeadingAsync(summary);
        await Expect(Page.GetByText($"owned by {AccountManager.DisplayName}")).ToBeVisibleAsync();
        var reassign = await incident.OpenStageAsync("Reassign");
        await reassign.ExpectHeadingAsync("Reassign the incident");
        await ExpectAccessibleAsync();
        await SnapshotAsync("1-form");

        // Only the team's other account manager can take it over; choosing nobody is refused.
        var newOwner = reassign.Field("New owner");
        await Expect(newOwner.Locator("option")).ToHaveTextAsync(["Choose an account manager…", OtherAccountManager.DisplayName]);
        await reassign.ClickAsync("Reassign");
        await Expect(reassign.Alert).ToContainTextAsync("The incident was not reassigned");
        await Expect(newOwner).ToHaveAccessibleDescriptionAsync(new Regex("Choose the account manager who takes the incident over"));
        await ExpectAccessibleAsync();

        await newOwner.SelectOptionAsync(new SelectOptionValue { Label = OtherAccountManager.DisplayName });
        await reassign.Page.GetByLabel("Reason").FillAsync(Reason);
        await reassign.SaveAndReturnAsync("Reassign");
        await incident.ExpectStatusAsync($"{OtherAccountManager.DisplayName} now owns this incident");
        await Expect(Page.GetByText($"owned by {OtherAccountManager.DisplayName}")).ToBeVisibleAsync();
        await Expect(Page.GetByText($"Reassigned the incident to {OtherAccountManager.DisplayName}.")).ToBeVisibleAsync();
        await ExpectAccessibleAsync();
        await SnapshotAsync("2-reassigned");

        // The lead's audit log has the handover with its reason.
        await Page.GotoAsync($"/Audit?IncidentId={id.ToString(CultureInfo.InvariantCulture)}");
        var entry = incident.Rows("Reassigned an incident");
        await Expect(entry).ToHaveCountAsync(1);
        await Expect(entry).ToContainTextAsync($"Reassigned from {AccountManager.DisplayName} to {OtherAccountManager.DisplayName}. Reason: {Reason}");
        await Expect(entry).ToContainTextAsync(Lead.DisplayName);
        await ExpectAccessibleAsync();
    });
}
