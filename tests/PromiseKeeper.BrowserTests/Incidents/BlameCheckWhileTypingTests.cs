using System.Text.RegularExpressions;
using PromiseKeeper.BrowserTests.Infrastructure;
using PromiseKeeper.BrowserTests.PageObjects;
using PromiseKeeper.Domain.Incidents;
using static Microsoft.Playwright.Assertions;

namespace PromiseKeeper.BrowserTests.Incidents;

/// <summary>
/// The blame check while typing: a sentence blaming a colleague typed into the request email shows a finding next to
/// the field before anything is saved; marking the email as sent then asks to confirm.
/// </summary>
public sealed class BlameCheckWhileTypingTests(BrowserAppFixture app) : BrowserTest(app)
{
    private const string Sentence = "Our former consultant dropped the ball on this.";

    private const string Phrase = "Our former consultant dropped the ball";

    [Fact]
    public Task A_sentence_blaming_a_colleague_typed_into_the_request_email_shows_a_finding_before_saving() => RunAsync(async () =>
    {
        var id = await AnIncident("Quarterly export arrived a week late").AtStage(PlaybookStage.ScheduleCall).WithoutTheStagesWork().SeedAsync();
        await SignInAsync();
        var incident = await IncidentPage.OpenAsync(Page, id);
        var call = await incident.OpenStageAsync("Plan the call with the client");
        await call.ExpectHeadingAsync("Plan the call");
        var email = call.Field("Email asking for the call");
        var findings = Page.Locator("#blame-request-email");
        await Expect(findings.Locator("mark")).ToHaveCountAsync(0);

        await email.PressAsync("Control+End");
        await email.PressSequentiallyAsync($"\n\n{Sentence}");

        await Expect(findings).ToContainTextAsync("Blame language in the email asking for the call");
        await Expect(findings.Locator("mark")).ToHaveTextAsync(Phrase);
        await Expect(findings).ToContainTextAsync("Blames a colleague");
        await Expect(email).ToHaveAccessibleDescriptionAsync(new Regex(Regex.Escape(Phrase)));
        await Expect(Page.GetByText("No call is planned yet.")).ToBeVisibleAsync();
        await ExpectAccessibleAsync();
        await SnapshotAsync("1-finding-while-typing");

        // Marking it as sent shows the findings and asks to confirm; the typed text is kept.
        await call.FillAsync("What went wrong, for the client", "What we promised you will not be ready on the agreed date.");
        await call.FillAsync("Starts at", DateTimeLocal(BrowserNow().Date.AddDays(1).AddHours(10)));
        await call.ChooseAsync("How", "Video call");
        await call.ClickAsync("Save and mark the request email as sent");
        await Expect(email).ToHaveAccessibleDescriptionAsync(new Regex("Send it anyway"));
        await Expect(email).ToHaveValueAsync(new Regex(Regex.Escape(Sentence)));
        await Expect(findings.Locator("mark").First).ToHaveTextAsync(Phrase);
        await ExpectAccessibleAsync();
        await SnapshotAsync("2-asked-to-confirm");

        await call.CheckAsync("Send the email asking for the call anyway");
        var sent = await call.SaveAndReturnAsync("Save and mark the request email as sent");
        await sent.ExpectStatusAsync("the request email is marked as sent");
        await Expect(Page.GetByText("Blame language on record")).ToBeVisibleAsync();
    });
}
