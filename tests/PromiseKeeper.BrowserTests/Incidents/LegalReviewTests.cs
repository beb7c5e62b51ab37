using Microsoft.Playwright;
using PromiseKeeper.BrowserTests.Infrastructure;
using PromiseKeeper.BrowserTests.PageObjects;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;
using static Microsoft.Playwright.Assertions;

namespace PromiseKeeper.BrowserTests.Incidents;

/// <summary>
/// A contract-linked incident in a real browser: the account manager gets as far as the call, sees
/// that the conversation waits for legal, legal approves it from the queue, and the account manager
/// then records the conversation.
/// </summary>
public sealed class LegalReviewTests(BrowserAppFixture app) : BrowserTest(app)
{
    private const string ClientName = "Contoso Retail";
    private const string ContractReference = "MSA-2026-031, clause 7.1";
    private const string LegalNotes = "Apologise for the delay. Do not call it a breach of the contract or promise anything beyond the offer.";

    private static readonly DemoData.DemoUser Legal = DemoData.Users.First(u => u.Role == Roles.Legal);

    [Fact]
    public Task Legal_approves_a_contract_linked_incident_and_the_account_manager_then_records_the_conversation() => RunAsync(async () =>
    {
        await SignInAsync();

        // The account manager logs the incident with its contract and prepares everything up to the call.
        await MainNav.GetByRole(AriaRole.Link, new() { Name = "Log a broken promise", Exact = true }).ClickAsync();
        var newIncident = NewIncident.Create(Unique.Text("Store analytics dashboard missed the contract date"), AccountManager.DisplayName, BrowserNow()) with
        {
            ClientName = ClientName,
            ContactName = "Daniel Ortiz",
            ContactEmail = "daniel.ortiz@contoso.example",
            ContractReference = ContractReference,
            OurLoss = "30000",
        };
        var summary = newIncident.Summary;
        var incident = await new LogIncidentPage(Page).LogAsync(newIncident);
        var incidentUrl = Page.Url;
        await Expect(Page.GetByRole(AriaRole.Region, new() { Name = "Legal review: Waiting for legal's review" })).ToBeVisibleAsync();
        await PlaybookSteps.DoWorkAsync(incident, PlaybookStage.InvestigateOrigin, BrowserNow());
        await incident.MoveOnAsync(PlaybookStage.ResearchAlternatives);

        var alternatives = await incident.OpenStageAsync("Research alternatives and build the offer");
        await alternatives.AddOfferedOptionAsync("Free hours of work", "Sixty hours of analytics work on the reports their stores need most", "9000");
        await Expect(Page.GetByText("Once they approve it, any change to the offer sends the incident back to legal")).ToBeVisibleAsync();
        await ExpectAccessibleAsync();
        incident = await alternatives.BackToIncidentAsync();
        await incident.MoveOnAsync(PlaybookStage.ScheduleCall);
        await PlaybookSteps.DoWorkAsync(incident, PlaybookStage.ScheduleCall, BrowserNow());

        // The conversation waits for legal: the incident page says so, and moving on is refused.
        await Expect(Page.GetByText("legal must approve it, with the offer as it stands, before the conversation with the client").First).ToBeVisibleAsync();
        await incident.MoveOnButton(PlaybookStage.Conversation).ClickAsync();
        await Expect(incident.Alert).ToContainTextAsync("legal must approve it");
        await incident.ExpectStageAsync(PlaybookStage.ScheduleCall);
        await ExpectAccessibleAsync();
        await SnapshotAsync("1-waiting-for-legal");
        await SignOutAsync();

        // Legal approves it from the queue.
        await SignInAsync(Legal);
        await MainNav.GetByRole(AriaRole.Link, new() { Name = "Legal queue", Exact = true }).ClickAsync();
        var review = new FormPage(Page);
        await review.ExpectHeadingAsync("Legal queue");
        await ExpectAccessibleAsync();
        await SnapshotAsync("2-queue");
        await review.Link(summary).ClickAsync();
        await review.ExpectHeadingAsync("Legal review");
        await Expect(Page.GetByText(ContractReference).First).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Cell, new() { Name = "9,000.00 EUR" })).ToBeVisibleAsync();
        await review.CheckAsync("Approve: the account manager may make this offer to the client");
        await review.Page.GetByLabel("What may and may not be said or offered").FillAsync(LegalNotes);
        await ExpectAccessibleAsync();
        await SnapshotAsync("3-review");
        await review.ClickAsync("Record the review");
        await review.ExpectStatusAsync($"You approved \"{summary}\".");
        await Expect(review.Link(summary)).ToHaveCountAsync(0);
        await ExpectAccessibleAsync();
        await SignOutAsync();

        // The account manager sees the approval and legal's notes, and records the conversation.
        await SignInAsync();
        await Page.GotoAsync(incidentUrl);
        var legalSection = Page.GetByRole(AriaRole.Region, new() { Name = "Legal review: Approved by legal" });
        await Expect(legalSection).ToContainTextAsync($"Approved by {Legal.DisplayName}");
        await Expect(legalSection).ToContainTextAsync(LegalNotes);
        await ExpectAccessibleAsync();
        await incident.MoveOnAsync(PlaybookStage.Conversation);
        var conversation = await incident.OpenStageAsync("Record the conversation");
        await conversation.ExpectHeadingAsync("The conversation");
        await Expect(Page.GetByText(LegalNotes)).ToBeVisibleAsync();
        await conversation.FillAsync("When it took place", DateTimeLocal(BrowserNow().AddMinutes(-5)));
        await conversation.FillAsync("What was said", "They were disappointed about the store rollout; we listened, apologised and agreed on the analytics hours.");
        await conversation.FillAsync("What you agreed, for the client", "You will get sixty hours of analytics work on the reports your stores need most.");
        await conversation.CheckAsync("Yes, they had room to vent");
        await conversation.CheckAsync("We apologised, for the company and personally");
        await conversation.CheckAsync("Accepted the offer");
        await ExpectAccessibleAsync();
        await SnapshotAsync("4-conversation");
        await conversation.SaveAndReturnAsync("Save the conversation");
        await incident.ExpectStatusAsync("The conversation is recorded.");
        await Expect(Page.GetByRole(AriaRole.Region, new() { Name = "The conversation", Exact = true })).ToContainTextAsync("Accepted the offer");
        await ExpectAccessibleAsync();
    });
}
