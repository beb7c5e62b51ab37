using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PromiseKeeper.BrowserTests.Infrastructure;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;
using static Microsoft.Playwright.Assertions;

namespace PromiseKeeper.BrowserTests.Incidents;

/// <summary>
/// One incident walked through the whole playbook in a real browser, from logging it to closing it,
/// using only what a person sees: links, labels and buttons. On the way, a far too small offer
/// must show the proportionality warning.
/// </summary>
public sealed partial class WalkThePlaybookTests(BrowserAppFixture app) : BrowserTest(app)
{
    private const string ClientName = "Tailspin Travel";
    private const string ContactName = "Eva Lindqvist";

    [Fact]
    public Task An_incident_goes_from_logged_to_closed_through_every_stage() => RunAsync(async () =>
    {
        var summary = $"Payment page redesign missed the sale ({Guid.NewGuid().ToString("N")[..8]})";
        await SignInAsync();

        await LogAsync(summary);
        var incidentUrl = Page.Url;
        await ExpectStageAsync(PlaybookStage.InvestigateOrigin);

        // 1. Investigate the origin.
        await Page.GetByRole(AriaRole.Link, new() { Name = "Record where the promise came from" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Where the promise came from", Level = 1 })).ToBeVisibleAsync();
        await Field("How the promise came about").FillAsync("The date went into the proposal before the team had estimated the redesign.");
        await ExpectAccessibleAsync();
        await SnapshotAsync("1-origin");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save where the promise came from" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(incidentUrl);
        await MoveOnAsync(PlaybookStage.ResearchAlternatives);

        // 2. Research alternatives: a small discount against a 20,000 EUR loss is out of proportion.
        await Page.GetByRole(AriaRole.Link, new() { Name = "Research alternatives and build the offer" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Alternatives and the offer", Level = 1 })).ToBeVisibleAsync();
        await AddOfferedOptionAsync("Discount", "Five percent off the next invoice", "500");
        var warning = Page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "The offer is out of proportion to the loss." });
        await Expect(warning).ToBeVisibleAsync();
        await Expect(warning).ToContainTextAsync("20,000.00 EUR");
        await ExpectAccessibleAsync();
        await SnapshotAsync("2-proportionality-warning");

        await AddOfferedOptionAsync("Something the team can build quickly", "A one-click checkout for returning customers, built this month", "8000");
        await Expect(Page.GetByText("The offer is out of proportion to the loss.")).ToHaveCountAsync(0);
        await BackToIncidentAsync(summary, incidentUrl);
        await MoveOnAsync(PlaybookStage.ScheduleCall);

        // 3. Schedule the call: the drafts are prefilled; the request goes out.
        await Page.GetByRole(AriaRole.Link, new() { Name = "Plan the call with the client" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Plan the call", Level = 1 })).ToBeVisibleAsync();
        await Expect(Field("Email asking for the call")).ToHaveValueAsync(new Regex(ContactName));
        await Field("Starts at").FillAsync(DateTimeLocal(BrowserNow().Date.AddDays(1).AddHours(10)));
        await Field("How").SelectOptionAsync(new SelectOptionValue { Label = "Video call" });
        await ExpectAccessibleAsync();
        await SnapshotAsync("3-call");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save and mark the request email as sent" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(incidentUrl);
        await MoveOnAsync(PlaybookStage.Conversation);

        // 4. The conversation: the page proposes an apology, because the fault is ours.
        await Page.GetByRole(AriaRole.Link, new() { Name = "Record the conversation" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "The conversation", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByText("(recommended for this fault)")).ToBeVisibleAsync();
        await Field("When it took place").FillAsync(DateTimeLocal(BrowserNow().AddMinutes(-5)));
        await Field("What was said").FillAsync("Eva was upset about the lost sale weekend; we listened, apologised and agreed on the checkout work.");
        await Page.GetByLabel("Yes, they had room to vent").CheckAsync();
        await Page.GetByLabel("We apologised, for the company and personally").CheckAsync();
        await Page.GetByLabel("Accepted the offer").CheckAsync();
        await ExpectAccessibleAsync();
        await SnapshotAsync("4-conversation");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save the conversation" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(incidentUrl);
        await MoveOnAsync(PlaybookStage.FollowUpRecap);

        // 5. The recap, drafted from the record, goes out.
        await Page.GetByRole(AriaRole.Link, new() { Name = "Write and send the recap" }).ClickAsync();
        await Expect(Field("Recap email to the client")).ToHaveValueAsync(new Regex("one-click checkout"));
        await ExpectAccessibleAsync();
        await SnapshotAsync("5-recap");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Mark as sent" }).ClickAsync();
        await BackToIncidentAsync(summary, incidentUrl);
        await MoveOnAsync(PlaybookStage.InternalRetro);

        // 6. The internal retro with one prevention measure, submitted.
        await Page.GetByRole(AriaRole.Link, new() { Name = "Hold the internal retro" }).ClickAsync();
        await Expect(Field("What happened")).Not.ToHaveValueAsync(string.Empty);
        await Field("Kind of root cause").SelectOptionAsync(new SelectOptionValue { Label = "Promised without checking we could deliver" });
        await Field("Root cause: why did the promise break?").FillAsync("The proposal carried a date nobody on the team had estimated.");
        await Field("Lessons learned").FillAsync("Dates in proposals come from the team's estimate, not from the sales calendar.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save the retro" }).ClickAsync();
        await Field("What will be done").FillAsync("Every proposal date gets a delivery lead's sign-off");
        await Field("Owner").FillAsync("Delivery lead");
        await Field("Due on").FillAsync(DateInput(BrowserNow().Date.AddDays(14)));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add the measure" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Cell, new() { Name = "Every proposal date gets a delivery lead's sign-off", Exact = true })).ToBeVisibleAsync();
        await ExpectAccessibleAsync();
        await SnapshotAsync("6-retro");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Submit the retro" }).ClickAsync();
        await BackToIncidentAsync(summary, incidentUrl);
        await Expect(Page.GetByText("A team lead has to approve the retro first.")).ToBeVisibleAsync();

        // 7. A team lead approves the retro; then the incident can close.
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await SignInAsync(DemoData.Users.First(u => u.Role == Roles.TeamLead));
        await Page.GotoAsync(incidentUrl);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Review the retro" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("The retro is approved.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await SignInAsync();
        await Page.GotoAsync(incidentUrl);

        // 8. Closed.
        await Page.GetByRole(AriaRole.Button, new() { Name = "Close the incident" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = $"Stage: {StageNames.Of(PlaybookStage.Closed)}" })).ToBeVisibleAsync();
        var timeline = Page.GetByRole(AriaRole.Region, new() { Name = "Timeline" });
        await Expect(timeline).ToContainTextAsync("Closed the incident");
        await Expect(timeline).ToContainTextAsync("Sent the recap to the client.");
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Close the incident" })).ToHaveCountAsync(0);
        await ExpectAccessibleAsync();
        await SnapshotAsync("8-closed");
    });

    private async Task LogAsync(string summary)
    {
        await MainNav.GetByRole(AriaRole.Link, new() { Name = "Log a broken promise", Exact = true }).ClickAsync();
        await Page.GetByLabel("An existing client").CheckAsync();
        await Field("Client").SelectOptionAsync(new SelectOptionValue { Label = ClientName });
        await Field("Short summary").FillAsync(summary);
        await Field("Kind").SelectOptionAsync(new SelectOptionValue { Label = "Missed deadline" });
        await Field("Name").FillAsync(ContactName);
        await Field("Email").FillAsync("eva.lindqvist@tailspin.example");
        await Field("What was promised").FillAsync("The redesigned payment page would be live before the autumn sale.");
        await Field("Promised by").FillAsync(AccountManager.DisplayName);
        await Field("Promised on").FillAsync(DateInput(BrowserNow().Date.AddDays(-40)));
        await Field("Where it was promised").SelectOptionAsync(new SelectOptionValue { Label = "Email" });
        await Field("The client's original goals").FillAsync("Convert more visitors into direct bookings.");
        await Field("Whose fault").SelectOptionAsync(new SelectOptionValue { Label = "Ours" });
        await Page.GetByLabel("Delay of delivery").CheckAsync();
        await Page.Locator("#Data_OurLossAmount").FillAsync("20000");
        await Page.Locator("#Data_OurLossCurrency").FillAsync("EUR");
        await Field("We discovered it at").FillAsync(DateTimeLocal(BrowserNow().AddHours(-3)));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Log the broken promise" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = summary, Level = 1 })).ToBeVisibleAsync();
    }

    private async Task AddOfferedOptionAsync(string kind, string description, string valueToClient)
    {
        await Field("Kind").SelectOptionAsync(new SelectOptionValue { Label = kind });
        await Field("Description").FillAsync(description);
        await Field("Value to the client").FillAsync(valueToClient);
        await Page.GetByLabel("Confirmed by", new() { Exact = true }).Last.FillAsync("Delivery lead");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add the option" }).ClickAsync();
        var row = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = description });
        await row.GetByRole(AriaRole.Button, new() { Name = "Add to offer" }).ClickAsync();
        await Expect(row.GetByRole(AriaRole.Button, new() { Name = "Take out of offer" })).ToBeVisibleAsync();
    }

    /// <summary>Returns to the incident through the breadcrumb, unless the last action already led there.</summary>
    private async Task BackToIncidentAsync(string summary, string incidentUrl)
    {
        await Page.WaitForLoadStateAsync(LoadState.Load);
        if (Page.Url == incidentUrl)
        {
            return;
        }

        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Breadcrumb" }).GetByRole(AriaRole.Link, new() { Name = summary }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(incidentUrl);
    }

    private async Task MoveOnAsync(PlaybookStage next)
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = $"Move on to \"{StageNames.Of(next)}\"" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync($"The incident moved to \"{StageNames.Of(next)}\".");
        await ExpectStageAsync(next);
    }

    private async Task ExpectStageAsync(PlaybookStage stage)
    {
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = $"Stage: {StageNames.Of(stage)}" })).ToBeVisibleAsync();
        await Expect(Page.Locator(".stage-progress [aria-current=step]")).ToContainTextAsync(StageNames.Of(stage));
    }

    /// <summary>A form field by its label's text; the labels of required fields end in an "*".</summary>
    private ILocator Field(string label) =>
        Page.GetByLabel(new Regex("^" + Regex.Escape(label) + @"(\s*\*)?$"));
}
