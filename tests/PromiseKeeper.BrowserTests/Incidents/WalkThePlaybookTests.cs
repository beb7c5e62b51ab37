using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PromiseKeeper.BrowserTests.Infrastructure;
using PromiseKeeper.BrowserTests.PageObjects;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;
using static Microsoft.Playwright.Assertions;

namespace PromiseKeeper.BrowserTests.Incidents;

/// <summary>
/// One incident walked through the whole playbook in a real browser, from logging it to closing it,
/// using only what a person sees: links, labels and buttons. On the way, a far too small offer
/// must show the proportionality warning.
/// </summary>
public sealed class WalkThePlaybookTests(BrowserAppFixture app) : BrowserTest(app)
{
    private const string ClientName = "Tailspin Travel";
    private const string ContactName = "Eva Lindqvist";

    [Fact]
    public Task An_incident_goes_from_logged_to_closed_through_every_stage() => RunAsync(async () =>
    {
        await SignInAsync();
        await MainNav.GetByRole(AriaRole.Link, new() { Name = "Log a broken promise", Exact = true }).ClickAsync();
        var newIncident = NewIncident.Create(Unique.Text("Payment page redesign missed the sale"), AccountManager.DisplayName, BrowserNow()) with
        {
            ClientName = ClientName,
            ContactName = ContactName,
            ContactEmail = "eva.lindqvist@tailspin.example",
            OurLoss = "20000",
        };
        var incident = await new LogIncidentPage(Page).LogAsync(newIncident);
        await incident.ExpectStageAsync(PlaybookStage.InvestigateOrigin);

        // 1. Investigate the origin.
        var origin = await incident.OpenStageAsync("Record where the promise came from");
        await origin.ExpectHeadingAsync("Where the promise came from");
        await origin.FillAsync("How the promise came about", "The date went into the proposal before the team had estimated the redesign.");
        await ExpectAccessibleAsync();
        await SnapshotAsync("1-origin");
        await origin.SaveAndReturnAsync("Save where the promise came from");
        await incident.MoveOnAsync(PlaybookStage.ResearchAlternatives);

        // 2. Research alternatives: a small discount against a 20,000 EUR loss is out of proportion.
        var alternatives = await incident.OpenStageAsync("Research alternatives and build the offer");
        await alternatives.ExpectHeadingAsync("Alternatives and the offer");
        await alternatives.AddOfferedOptionAsync("Discount", "Five percent off the next invoice", "500");
        var warning = alternatives.Alert.Filter(new() { HasText = "The offer is out of proportion to the loss." });
        await Expect(warning).ToBeVisibleAsync();
        await Expect(warning).ToContainTextAsync("20,000.00 EUR");
        await ExpectAccessibleAsync();
        await SnapshotAsync("2-proportionality-warning");

        await alternatives.AddOfferedOptionAsync("Something the team can build quickly", "Checkout shortcut, Luka's team, two sprints", "8000",
            "A one-click checkout for your returning customers, built this month");
        await Expect(Page.GetByText("The offer is out of proportion to the loss.")).ToHaveCountAsync(0);
        await alternatives.BackToIncidentAsync();
        await incident.MoveOnAsync(PlaybookStage.ScheduleCall);

        // 3. Schedule the call: the words for the client, then drafts made only from them; the request goes out.
        var call = await incident.OpenStageAsync("Plan the call with the client");
        await call.ExpectHeadingAsync("Plan the call");
        await Expect(call.Field("Email asking for the call")).ToHaveValueAsync(new Regex(ContactName));
        await call.FillAsync("What went wrong, for the client", "The new payment page we promised you for the sale weekend was not ready in time.");
        await call.ChooseAsync("Greet the contact by", "First name (Hello Dana)");
        await call.FillAsync("Starts at", DateTimeLocal(BrowserNow().Date.AddDays(1).AddHours(10)));
        await call.ChooseAsync("How", "Video call");
        await call.ChooseAsync("Length", "45 minutes");
        await call.FillAsync("Meeting link", "https://meet.example.com/tailspin-checkout");
        await call.ClickAsync("Redraft the texts from the details above");
        var request = call.Field("Email asking for the call");
        await Expect(request).ToHaveValueAsync(new Regex("Hello Eva,"));
        await Expect(request).ToHaveValueAsync(new Regex("The new payment page we promised you for the sale weekend was not ready in time."));
        await Expect(request).ToHaveValueAsync(new Regex("45 minutes should be enough"));
        await Expect(request).ToHaveValueAsync(new Regex("You can join here: https://meet.example.com/tailspin-checkout"));
        await Expect(request).Not.ToHaveValueAsync(new Regex(Regex.Escape(newIncident.Summary)));
        await ExpectAccessibleAsync();
        await SnapshotAsync("3-call");
        await call.SaveAndReturnAsync("Save and mark the request email as sent");
        await incident.MoveOnAsync(PlaybookStage.Conversation);

        // 4. The conversation: the page proposes an apology, because the fault is ours.
        var conversation = await incident.OpenStageAsync("Record the conversation");
        await conversation.ExpectHeadingAsync("The conversation");
        await Expect(Page.GetByText("(recommended for this fault)")).ToBeVisibleAsync();
        await conversation.FillAsync("When it took place", DateTimeLocal(BrowserNow().AddMinutes(-5)));
        await conversation.FillAsync("What was said", "Eva was upset about the lost sale weekend; we listened, apologised and agreed on the checkout work.");
        await conversation.FillAsync("What you agreed, for the client", "You will get a one-click checkout for your returning customers by the end of the month.");
        await conversation.CheckAsync("Yes, they had room to vent");
        await conversation.CheckAsync("We apologised, for the company and personally");
        await conversation.CheckAsync("Accepted the offer");
        await ExpectAccessibleAsync();
        await SnapshotAsync("4-conversation");
        await conversation.SaveAndReturnAsync("Save the conversation");
        await incident.MoveOnAsync(PlaybookStage.FollowUpRecap);

        // 5. The recap, drafted from the record, goes out.
        var recap = await incident.OpenStageAsync("Write and send the recap");
        var recapText = recap.Field("Recap email to the client");
        await Expect(recapText).ToHaveValueAsync(new Regex("You will get a one-click checkout for your returning customers by the end of the month."));
        await Expect(recapText).ToHaveValueAsync(new Regex("A one-click checkout for your returning customers, built this month"));
        await Expect(recapText).Not.ToHaveValueAsync(new Regex("Luka|Eva was upset|" + Regex.Escape(newIncident.Summary)));
        await ExpectAccessibleAsync();
        await SnapshotAsync("5-recap");
        await recap.ClickAsync("Mark as sent");
        await recap.BackToIncidentAsync();
        // The request email and the recap went out as the app drafted them: its own check found nothing in either.
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Blame language on record" })).ToHaveCountAsync(0);
        await incident.MoveOnAsync(PlaybookStage.InternalRetro);

        // 6. The internal retro with one prevention measure, submitted.
        var retro = await incident.OpenStageAsync("Hold the internal retro");
        await Expect(retro.Field("What happened")).Not.ToHaveValueAsync(string.Empty);
        await retro.ChooseAsync("Kind of root cause", "Promised without checking we could deliver");
        await retro.FillAsync("Root cause: why did the promise break?", "The proposal carried a date nobody on the team had estimated.");
        await retro.FillAsync("Lessons learned", "Dates in proposals come from the team's estimate, not from the sales calendar.");
        await retro.ClickAsync("Save the retro");
        await retro.FillAsync("What will be done", "Every proposal date gets a delivery lead's sign-off");
        await retro.ChooseAsync("Owner", AccountManager.DisplayName);
        await retro.FillAsync("Due on", DateInput(BrowserNow().Date.AddDays(14)));
        await retro.ClickAsync("Add the measure");
        await Expect(Page.GetByRole(AriaRole.Cell, new() { Name = "Every proposal date gets a delivery lead's sign-off", Exact = true })).ToBeVisibleAsync();
        await ExpectAccessibleAsync();
        await SnapshotAsync("6-retro");
        await retro.ClickAsync("Submit the retro");
        await retro.BackToIncidentAsync();
        await Expect(Page.GetByText("A team lead has to approve the retro first.")).ToBeVisibleAsync();

        // 7. A team lead approves the retro; then the incident can close.
        await SignOutAsync();
        await SignInAsync(DemoData.Users.First(u => u.Role == Roles.TeamLead));
        await Page.GotoAsync(retro.IncidentUrl);
        var review = await incident.OpenStageAsync("Review the retro");
        await review.ClickAsync("Approve");
        await review.ExpectStatusAsync("The retro is approved.");
        await SignOutAsync();
        await SignInAsync();
        await Page.GotoAsync(retro.IncidentUrl);

        // 8. Closed.
        await incident.CloseAsync();
        await Expect(incident.Timeline).ToContainTextAsync("Closed the incident");
        await Expect(incident.Timeline).ToContainTextAsync("Sent the recap to the client.");
        await Expect(incident.Button("Close the incident")).ToHaveCountAsync(0);
        await ExpectAccessibleAsync();
        await SnapshotAsync("8-closed");
    });
}
