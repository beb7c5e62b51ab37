using System.Net;
using System.Text.RegularExpressions;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Domain.Texts;
using PromiseKeeper.Web.Tests.Fixtures;
using PromiseKeeper.Web.Tests.Incidents.Playbook;
using Calendar = Ical.Net.Calendar;

namespace PromiseKeeper.Web.Tests.Clients;

/// <summary>
/// What goes to the client (the request email, the recap, the calendar invitation) is written in the client's language
/// whatever language the account manager reads the pages in; the call plan is the account manager's, with the sentences
/// to say in the client's language. The account manager here reads English.
/// </summary>
public sealed class DraftsInTheClientsLanguageTests(WebAppFixture app) : WebAppTest(app)
{
    private static readonly DateTimeOffset CallAt = new(2026, 11, 24, 14, 0, 0, TimeSpan.FromHours(1));

    [Theory]
    [InlineData(Languages.Russian, "вторник, 24 ноября 2026 г., в 14:00 (Europe/Ljubljana)")]
    [InlineData(Languages.Slovenian, "torek, 24. november 2026, ob 14:00 (Europe/Ljubljana)")]
    [InlineData(Languages.English, "Tuesday 24 November 2026 at 14:00 (Europe/Ljubljana)")]
    public async Task The_request_email_names_the_call_time_in_the_client_s_language_on_an_english_page(string language, string callTime)
    {
        var (owner, incident) = await IncidentForAsync(language, PlaybookStage.ScheduleCall, PlanCall);
        using var http = await App.CreateSignedInClientAsync(owner);

        var html = await http.GetStringAsync(new Uri($"/Incidents/{incident.Id}/Call?Regenerate=true", UriKind.Relative));

        Assert.Contains("<h1 class=\"h3\">Plan the call</h1>", html, StringComparison.Ordinal);
        Assert.Contains(callTime, TextArea(html, "Data.RequestEmail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_call_plan_is_in_the_reader_s_language_with_the_sentences_to_say_in_the_client_s()
    {
        var (owner, incident) = await IncidentForAsync(Languages.Russian, PlaybookStage.ScheduleCall, PlanCall);
        using var http = await App.CreateSignedInClientAsync(owner);

        var plan = TextArea(await http.GetStringAsync(new Uri($"/Incidents/{incident.Id}/Call?Regenerate=true", UriKind.Relative)), "Data.CallPlan");

        Assert.Contains("Acknowledge the feeling before anything else: \"Я понимаю, почему Вы расстроены.\"", plan, StringComparison.Ordinal);
        Assert.Contains("Apologise sincerely", plan, StringComparison.Ordinal);
        Assert.Contains("When: Tuesday 24 November 2026 at 14:00 (Europe/Ljubljana)", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("I understand why you are upset.", plan, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Languages.Russian, "декабря 2026 г.", "6 000,00 EUR")]
    [InlineData(Languages.Slovenian, ". december 2026", "6.000,00 EUR")]
    [InlineData(Languages.English, " December 2026", "6,000.00 EUR")]
    public async Task The_recap_names_dates_and_money_as_the_client_s_language_writes_them(string language, string month, string money)
    {
        var (owner, incident) = await IncidentForAsync(language, PlaybookStage.FollowUpRecap, (i, actor) =>
            i.PlanCheckIn(new DateOnly(2026, 12, 3), "Progress on the fix", actor.AsActor(), FixedClock.Start));
        using var http = await App.CreateSignedInClientAsync(owner);

        var recap = TextArea(await http.GetStringAsync(new Uri($"/Incidents/{incident.Id}/Recap", UriKind.Relative)), "Data.Text");

        Assert.Contains(month, recap, StringComparison.Ordinal);
        Assert.Contains(money.Replace(' ', '\u00A0'), recap.Replace(' ', '\u00A0'), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_invitation_of_a_russian_client_is_in_russian()
    {
        var (owner, incident) = await IncidentForAsync(Languages.Russian, PlaybookStage.ScheduleCall, PlanCall);
        using var http = await App.CreateSignedInClientAsync(owner);

        var call = Assert.Single(Calendar.Load(await http.GetStringAsync(new Uri($"/Incidents/{incident.Id}/Call/invite.ics", UriKind.Relative)))!.Events);

        Assert.Equal($"Звонок: Dana Client и {owner.DisplayName}", call.Summary);
        Assert.Equal("Видеозвонок", call.Location);
        Assert.StartsWith("Обсудим, что произошло и что мы предлагаем, чтобы всё исправить. Со стороны клиента: Dana Client.", call.Description, StringComparison.Ordinal);
        Assert.Contains("Длительность: полчаса\nМестное время организатора: вторник, 24 ноября 2026 г., 14:00 (Europe/Ljubljana)", call.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_the_client_s_language_changes_the_next_drafts()
    {
        var (owner, incident) = await IncidentForAsync(Languages.English, PlaybookStage.ScheduleCall, PlanCall);
        using var http = await App.CreateSignedInClientAsync(owner);
        var clientId = incident.ClientId;
        var token = await http.GetAntiforgeryTokenAsync($"/Clients/{clientId}/Edit");

        using var saved = await http.PostFormAsync($"/Clients/{clientId}/Edit",
            [new("__RequestVerificationToken", token), new("Data.Name", "Acme"), new("Data.Language", Languages.Slovenian)]);
        var email = TextArea(await http.GetStringAsync(new Uri($"/Incidents/{incident.Id}/Call?Regenerate=true", UriKind.Relative)), "Data.RequestEmail");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("torek, 24. november 2026, ob 14:00", email, StringComparison.Ordinal);
    }

    private async Task<(TestUser Owner, Incident Incident)> IncidentForAsync(string language, PlaybookStage stage, Action<Incident, TestUser> prepare)
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        await App.AddClientAsync("Acme", language: language);
        var incident = await App.AnIncident(owner).ForClient("Acme").AtStage(stage).Then(i => prepare(i, owner)).SaveAsync();
        return (owner, incident);
    }

    private static void PlanCall(Incident incident, TestUser owner) =>
        incident.ScheduleCall(
            new CallDetails
            {
                StartsAt = CallAt,
                TimeZoneId = "Europe/Ljubljana",
                Channel = CallChannel.Video,
                Attendees = "Dana Client <dana@client.example>",
                ClientSentence = "Release 2.4 will not be in production on 1 November as we promised you.",
                RequestEmail = "Subject: A short call?\n\nCould we talk?",
                CallPlan = "Opening. Listen. Apologise. Offer.",
            },
            requestSent: false,
            owner.AsActor(),
            FixedClock.Start.AddMinutes(-1));

    /// <summary>The decoded text of the form's textarea named <paramref name="name"/>.</summary>
    private static string TextArea(string html, string name)
    {
        var match = Regex.Match(html, $"<textarea[^>]*name=\"{Regex.Escape(name)}\"[^>]*>(?<text>.*?)</textarea>", RegexOptions.Singleline);
        Assert.True(match.Success, $"The page has no textarea named {name}.");
        return WebUtility.HtmlDecode(match.Groups["text"].Value);
    }
}
