using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PromiseKeeper.BrowserTests.Infrastructure;
using PromiseKeeper.BrowserTests.PageObjects;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;
using static Microsoft.Playwright.Assertions;

namespace PromiseKeeper.BrowserTests.Incidents;

/// <summary>
/// The retro review in a real browser: the account manager submits the retro, the team lead sends it
/// back with comments, the account manager finds it on their home page and in their mail (the app delivers to
/// the fixture's SMTP server) and follows the email's link, changes and resubmits it, the lead approves, and the incident closes.
/// </summary>
public sealed class RetroReviewTests(BrowserAppFixture app) : BrowserTest(app)
{
    private const string Comments = "The root cause stops at the outage. Why did we promise a date that depended on one provider?";

    private static DemoData.DemoUser Lead { get; } = DemoData.Users.First(u => u.Role == Roles.TeamLead);

    [Fact]
    public Task A_retro_sent_back_is_resubmitted_approved_and_the_incident_closes() => RunAsync(async () =>
    {
        // An incident of our own at the retro stage, so no other test's steps change it.
        var builder = AnIncident("Booking export missed the season start").AtStage(PlaybookStage.InternalRetro).WithoutTheStagesWork();
        var summary = builder.Summary;
        var id = await builder.SeedAsync();

        // 1. The account manager writes the retro, adds a measure and submits it.
        await SignInAsync();
        var incident = await IncidentPage.OpenAsync(Page, id);
        var retro = await incident.OpenStageAsync("Hold the internal retro");
        await retro.ChooseAsync("Kind of root cause", "Dependency on a third party");
        await retro.FillAsync("Root cause: why did the promise break?", "The payment provider was down for two days.");
        await retro.FillAsync("Lessons learned", "Keep a fallback for the payment provider.");
        await retro.ClickAsync("Save the retro");
        await retro.FillAsync("What will be done", "Agree a second payment provider as a fallback");
        await retro.FillAsync("Owner", "Head of delivery");
        await retro.FillAsync("Due on", DateInput(BrowserNow().Date.AddDays(21)));
        await retro.ClickAsync("Add the measure");
        await Expect(Page.GetByRole(AriaRole.Cell, new() { Name = "Agree a second payment provider as a fallback", Exact = true })).ToBeVisibleAsync();
        await ExpectAccessibleAsync();
        await SnapshotAsync("1-retro");
        await retro.SaveAndReturnAsync("Submit the retro");
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

        // 3. The account manager finds it on their home page, sees the comments, changes the retro and submits it again.
        await SignInAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Waiting on me", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "The team lead sent your retro back with comments." })
            .GetByRole(AriaRole.Link, new() { Name = summary })).ToBeVisibleAsync();
        await ExpectAccessibleAsync();

        // ... and in the mail inbox: the email (wanted at once by default) tells what happened and links to the incident.
        var email = await App.Mail.WaitForAsync(
            m => m.To.Mailboxes.Any(a => a.Address == AccountManager.Email) && m.Subject == "PromiseKeeper: My retro was sent back"
                && m.TextBody?.Contains($"/Incidents/{id}", StringComparison.Ordinal) == true,
            TimeSpan.FromSeconds(30));
        Assert.Contains($"{Lead.DisplayName} sent the retro of incident #{id} back to you with comments.", email.TextBody, StringComparison.Ordinal);
        var link = Regex.Match(email.HtmlBody ?? string.Empty, $"href=\"(?<url>[^\"]+/Incidents/{id})\"").Groups["url"].Value;
        Assert.Equal($"{App.BaseUrl}/Incidents/{id}", link);
        await Page.GotoAsync(link);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = summary, Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByText(Comments)).ToBeVisibleAsync();
        retro = await incident.OpenStageAsync("Hold the internal retro");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = $"{Lead.DisplayName} sent the retro back" })).ToBeVisibleAsync();
        await Expect(Page.GetByText(Comments)).ToBeVisibleAsync();
        await ExpectAccessibleAsync();
        await SnapshotAsync("3-sent-back");
        await retro.FillAsync("Root cause: why did the promise break?", "We promised a launch date that depended on a single payment provider, without a fallback.");
        await retro.ClickAsync("Save the retro");
        await retro.ExpectStatusAsync("The retro is saved.");
        await retro.SaveAndReturnAsync("Submit again");
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
        await IncidentPage.OpenAsync(Page, id);
        await Expect(Page.GetByText($"Approved by {Lead.DisplayName}")).ToBeVisibleAsync();
        await incident.CloseAsync();
        await ExpectAccessibleAsync();
    });

}
