using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PromiseKeeper.BrowserTests.Infrastructure;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;
using static Microsoft.Playwright.Assertions;

namespace PromiseKeeper.BrowserTests.Incidents;

/// <summary>
/// A contract-linked incident in a real browser: the account manager gets as far as the call, sees
/// that the conversation waits for legal, legal approves it from the queue, and the account manager
/// then records the conversation.
/// </summary>
public sealed partial class LegalReviewTests(BrowserAppFixture app) : BrowserTest(app)
{
    private const string ClientName = "Contoso Retail";
    private const string ContractReference = "MSA-2026-031, clause 7.1";
    private const string LegalNotes = "Apologise for the delay. Do not call it a breach of the contract or promise anything beyond the offer.";

    private static readonly DemoData.DemoUser Legal = DemoData.Users.First(u => u.Role == Roles.Legal);

    [Fact]
    public Task Legal_approves_a_contract_linked_incident_and_the_account_manager_then_records_the_conversation() => RunAsync(async () =>
    {
        var summary = $"Store analytics dashboard missed the contract date ({Guid.NewGuid().ToString("N")[..8]})";
        await SignInAsync();

        // The account manager logs the incident with its contract and prepares everything up to the call.
        await LogAsync(summary);
        var incidentUrl = Page.Url;
        await Expect(Page.GetByRole(AriaRole.Region, new() { Name = "Legal review: Waiting for legal's review" })).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Record where the promise came from" }).ClickAsync();
        await Field("How the promise came about").FillAsync("The date was copied from the framework agreement without asking the analytics team.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save where the promise came from" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(incidentUrl);
        await MoveOnAsync(PlaybookStage.ResearchAlternatives);

        await Page.GetByRole(AriaRole.Link, new() { Name = "Research alternatives and build the offer" }).ClickAsync();
        await Field("Kind").SelectOptionAsync(new SelectOptionValue { Label = "Free hours of work" });
        await Field("Description").FillAsync("Sixty hours of analytics work on the reports their stores need most");
        await Field("Value to the client").FillAsync("9000");
        await Page.GetByLabel("Confirmed by", new() { Exact = true }).Last.FillAsync("Delivery lead");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add the option" }).ClickAsync();
        var row = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Sixty hours of analytics work" });
        await row.GetByRole(AriaRole.Button, new() { Name = "Add to offer" }).ClickAsync();
        await Expect(row.GetByRole(AriaRole.Button, new() { Name = "Take out of offer" })).ToBeVisibleAsync();
        await Expect(Page.GetByText("Once they approve it, any change to the offer sends the incident back to legal")).ToBeVisibleAsync();
        await ExpectAccessibleAsync();
        await Page.GotoAsync(incidentUrl);
        await MoveOnAsync(PlaybookStage.ScheduleCall);

        await Page.GetByRole(AriaRole.Link, new() { Name = "Plan the call with the client" }).ClickAsync();
        await Field("Starts at").FillAsync(DateTimeLocal(BrowserNow().Date.AddDays(1).AddHours(10)));
        await Field("How").SelectOptionAsync(new SelectOptionValue { Label = "Video call" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save and mark the request email as sent" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(incidentUrl);

        // The conversation waits for legal: the incident page says so, and moving on is refused.
        await Expect(Page.GetByText("legal must approve it, with the offer as it stands, before the conversation with the client").First).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = $"Move on to \"{StageNames.Of(PlaybookStage.Conversation)}\"" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("legal must approve it");
        await ExpectStageAsync(PlaybookStage.ScheduleCall);
        await ExpectAccessibleAsync();
        await SnapshotAsync("1-waiting-for-legal");
        await SignOutAsync();

        // Legal approves it from the queue.
        await SignInAsync(Legal);
        await MainNav.GetByRole(AriaRole.Link, new() { Name = "Legal queue", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Legal queue", Level = 1 })).ToBeVisibleAsync();
        await ExpectAccessibleAsync();
        await SnapshotAsync("2-queue");
        await Page.GetByRole(AriaRole.Link, new() { Name = summary }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Legal review", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByText(ContractReference).First).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Cell, new() { Name = "9,000.00 EUR" })).ToBeVisibleAsync();
        await Page.GetByLabel("Approve: the account manager may make this offer to the client").CheckAsync();
        await Page.GetByLabel("What may and may not be said or offered").FillAsync(LegalNotes);
        await ExpectAccessibleAsync();
        await SnapshotAsync("3-review");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Record the review" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync($"You approved \"{summary}\".");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = summary })).ToHaveCountAsync(0);
        await ExpectAccessibleAsync();
        await SignOutAsync();

        // The account manager sees the approval and legal's notes, and records the conversation.
        await SignInAsync();
        await Page.GotoAsync(incidentUrl);
        var legalSection = Page.GetByRole(AriaRole.Region, new() { Name = "Legal review: Approved by legal" });
        await Expect(legalSection).ToContainTextAsync($"Approved by {Legal.DisplayName}");
        await Expect(legalSection).ToContainTextAsync(LegalNotes);
        await ExpectAccessibleAsync();
        await MoveOnAsync(PlaybookStage.Conversation);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Record the conversation" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "The conversation", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByText(LegalNotes)).ToBeVisibleAsync();
        await Field("When it took place").FillAsync(DateTimeLocal(BrowserNow().AddMinutes(-5)));
        await Field("What was said").FillAsync("They were disappointed about the store rollout; we listened, apologised and agreed on the analytics hours.");
        await Page.GetByLabel("Yes, they had room to vent").CheckAsync();
        await Page.GetByLabel("We apologised, for the company and personally").CheckAsync();
        await Page.GetByLabel("Accepted the offer").CheckAsync();
        await ExpectAccessibleAsync();
        await SnapshotAsync("4-conversation");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save the conversation" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(incidentUrl);
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("The conversation is recorded.");
        await Expect(Page.GetByRole(AriaRole.Region, new() { Name = "The conversation", Exact = true })).ToContainTextAsync("Accepted the offer");
        await ExpectAccessibleAsync();
    });

    private async Task LogAsync(string summary)
    {
        await MainNav.GetByRole(AriaRole.Link, new() { Name = "Log a broken promise", Exact = true }).ClickAsync();
        await Page.GetByLabel("An existing client").CheckAsync();
        await Field("Client").SelectOptionAsync(new SelectOptionValue { Label = ClientName });
        await Field("Short summary").FillAsync(summary);
        await Field("Kind").SelectOptionAsync(new SelectOptionValue { Label = "Missed deadline" });
        await Field("Name").FillAsync("Daniel Ortiz");
        await Field("Email").FillAsync("daniel.ortiz@contoso.example");
        await Field("What was promised").FillAsync("The store analytics dashboard live in every store by the date in the contract.");
        await Field("Promised by").FillAsync(AccountManager.DisplayName);
        await Field("Promised on").FillAsync(DateInput(BrowserNow().Date.AddDays(-90)));
        await Field("Where it was promised").SelectOptionAsync(new SelectOptionValue { Label = "Contract (clause, SOW or SLA)" });
        await Field("Contract reference").FillAsync(ContractReference);
        await Field("The client's original goals").FillAsync("See every store's sales in one place before the holiday season.");
        await Field("Whose fault").SelectOptionAsync(new SelectOptionValue { Label = "Ours" });
        await Page.GetByLabel("Delay of delivery").CheckAsync();
        await Page.Locator("#Data_OurLossAmount").FillAsync("30000");
        await Page.Locator("#Data_OurLossCurrency").FillAsync("EUR");
        await Field("We discovered it at").FillAsync(DateTimeLocal(BrowserNow().AddHours(-3)));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Log the broken promise" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = summary, Level = 1 })).ToBeVisibleAsync();
    }

    private async Task SignOutAsync()
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/Account/Login", RegexOptions.IgnoreCase));
    }

    private async Task MoveOnAsync(PlaybookStage next)
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = $"Move on to \"{StageNames.Of(next)}\"" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync($"The incident moved to \"{StageNames.Of(next)}\".");
        await ExpectStageAsync(next);
    }

    private async Task ExpectStageAsync(PlaybookStage stage) =>
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = $"Stage: {StageNames.Of(stage)}" })).ToBeVisibleAsync();

    /// <summary>A form field by its label's text; the labels of required fields end in an "*".</summary>
    private ILocator Field(string label) =>
        Page.GetByLabel(new Regex("^" + Regex.Escape(label) + @"(\s*\*)?$"));
}
