using System.Net;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Tests.Fixtures;
using Calendar = Ical.Net.Calendar;

namespace PromiseKeeper.Web.Tests.Incidents.Playbook;

/// <summary>
/// The Call page's words for the client (the sentence on what went wrong, the greeting), the call's length and its meeting
/// link: the drafts are redrafted from them as typed, the email and the invitation agree, and a bad link is refused.
/// </summary>
public sealed class CallClientWordsTests(WebAppFixture app) : WebAppTest(app)
{
    private const string Sentence = "Release 2.4 will not be in production on 1 November as we promised you.";
    private const string Link = "https://meet.example.com/dana-release";

    [Fact]
    public async Task Redrafting_fills_the_texts_from_the_details_as_typed_and_saves_nothing()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var incident = await App.AddIncidentAsync(owner, PlaybookStage.ScheduleCall);
        using var http = await App.CreateSignedInClientAsync(owner);
        var page = await GetPageAsync(http, incident.Id);

        using var response = await http.PostFormAsync($"/Incidents/{incident.Id}/Call?handler=Redraft", Fields(page, "45", Link, "untouched"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var request = HttpForms.TextareaValue(html, "Data.RequestEmail");
        Assert.Contains("Hello Dana,", request, StringComparison.Ordinal);
        Assert.Contains(Sentence, request, StringComparison.Ordinal);
        Assert.Contains("45 minutes should be enough", request, StringComparison.Ordinal);
        Assert.Contains($"You can join here: {Link}", request, StringComparison.Ordinal);
        Assert.DoesNotContain("Release 2.4 shipped three weeks late", request, StringComparison.Ordinal);
        Assert.Contains("My number is [your phone number]", HttpForms.TextareaValue(html, "Data.VoicemailScript"), StringComparison.Ordinal);
        Assert.Contains("Your profile has no phone number", html, StringComparison.Ordinal);
        Assert.Null((await App.ReadAsync(incident.Id)).Call);
    }

    [Fact]
    public async Task The_email_and_the_invitation_agree_on_the_length_and_the_link()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var incident = await App.AddIncidentAsync(owner, PlaybookStage.ScheduleCall);
        using var http = await App.CreateSignedInClientAsync(owner);
        var page = await GetPageAsync(http, incident.Id);
        using var redrafted = await http.PostFormAsync($"/Incidents/{incident.Id}/Call?handler=Redraft", Fields(page, "60", Link, "untouched"));
        var request = HttpForms.TextareaValue(WebUtility.HtmlDecode(await redrafted.Content.ReadAsStringAsync()), "Data.RequestEmail");

        using var saved = await http.PostFormAsync($"/Incidents/{incident.Id}/Call", Fields(page, "60", Link, request));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var call = (await App.ReadAsync(incident.Id)).Call!;
        Assert.Equal((TimeSpan.FromMinutes(60), Link), (call.Length, call.MeetingLink));
        Assert.Contains("An hour should be enough", call.RequestEmail, StringComparison.Ordinal);
        Assert.Contains(Link, call.RequestEmail, StringComparison.Ordinal);
        var invitation = Assert.Single(Calendar.Load(await http.GetStringAsync(new Uri($"/Incidents/{incident.Id}/Call/invite.ics", UriKind.Relative)))!.Events);
        Assert.Equal(TimeSpan.FromMinutes(60), invitation.DtEnd!.AsUtc - invitation.DtStart!.AsUtc);
        Assert.Equal(new Uri(Link), invitation.Url);
        Assert.Equal(Link, invitation.Location);
        Assert.DoesNotContain("Release 2.4 shipped three weeks late", invitation.Summary, StringComparison.Ordinal);
        Assert.Equal(Sentence, (await App.ReadAsync(incident.Id)).ClientSentence);
    }

    [Theory]
    [InlineData("javascript:alert(1)", "Enter the full meeting address, starting with https:// (or http://), for example https://meet.example.com/abc-defg.")]
    [InlineData("meet.example.com/abc", "Enter the full meeting address, starting with https:// (or http://), for example https://meet.example.com/abc-defg.")]
    [InlineData("ftp://files.example.com/call", "Enter the full meeting address, starting with https:// (or http://), for example https://meet.example.com/abc-defg.")]
    [InlineData("https://meet.example.com/a b", "Enter the full meeting address, starting with https:// (or http://), for example https://meet.example.com/abc-defg.")]
    public async Task A_meeting_link_that_is_not_a_web_address_is_refused_next_to_the_field_and_kept(string link, string message)
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await App.AddIncidentAsync(owner, PlaybookStage.ScheduleCall);
        using var http = await App.CreateSignedInClientAsync(owner);
        var page = await GetPageAsync(http, incident.Id);

        using var response = await http.PostFormAsync($"/Incidents/{incident.Id}/Call", Fields(page, "30", link, "Subject: Hi\n\nCould we talk?"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(message, WebUtility.HtmlDecode(HttpForms.ValidationMessage(html, "Data.MeetingLink")));
        Assert.Equal(link, WebUtility.HtmlDecode(HttpForms.InputValue(html, "Data.MeetingLink")));
        Assert.Null((await App.ReadAsync(incident.Id)).Call);
    }

    [Fact]
    public async Task A_meeting_link_over_500_characters_is_refused_with_its_length()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await App.AddIncidentAsync(owner, PlaybookStage.ScheduleCall);
        using var http = await App.CreateSignedInClientAsync(owner);
        var page = await GetPageAsync(http, incident.Id);
        var link = "https://meet.example.com/" + new string('a', 480);

        using var response = await http.PostFormAsync($"/Incidents/{incident.Id}/Call", Fields(page, "30", link, "Subject: Hi\n\nCould we talk?"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Keep this to 500 characters or fewer (now 505).", HttpForms.ValidationMessage(await response.Content.ReadAsStringAsync(), "Data.MeetingLink"));
    }

    [Fact]
    public async Task Without_the_words_for_the_client_nothing_is_saved_and_the_field_says_why()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await App.AddIncidentAsync(owner, PlaybookStage.ScheduleCall);
        using var http = await App.CreateSignedInClientAsync(owner);
        var page = await GetPageAsync(http, incident.Id);

        using var response = await http.PostFormAsync(
            $"/Incidents/{incident.Id}/Call",
            Fields(page, "30", "", "Subject: Hi\n\nCould we talk?").Where(f => f.Key != "Data.ClientSentence"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            "Write, in a sentence or two for the client, what went wrong and what it means for them; the client texts are drafted from it.",
            HttpForms.ValidationMessage(await response.Content.ReadAsStringAsync(), "Data.ClientSentence"));
        Assert.Null((await App.ReadAsync(incident.Id)).Call);
    }

    private static async Task<string> GetPageAsync(HttpClient http, long id)
    {
        using var response = await http.GetAsync(new Uri($"/Incidents/{id}/Call", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static List<KeyValuePair<string, string>> Fields(string page, string minutes, string link, string requestEmail) =>
    [
        new("Data.Version", HttpForms.InputValue(page, "Data.Version")!),
        new("Data.TimeZone", "Europe/Berlin"),
        new("Data.StartsAt", "2026-11-24T14:00"),
        new("Data.TimeZoneId", "Europe/Ljubljana"),
        new("Data.Channel", "Video"),
        new("Data.LengthMinutes", minutes),
        new("Data.MeetingLink", link),
        new("Data.Attendees", "Dana Client <dana@client.example>"),
        new("Data.ClientSentence", Sentence),
        new("Data.Greeting", "FirstName"),
        new("Data.RequestEmail", requestEmail),
        new("Data.VoicemailScript", "Hello Dana, please call me back."),
        new("Data.CallPlan", "Opening, listening, apology, offer."),
        new("Data.RequestSent", "true"),
        new(HttpForms.TokenField, HttpForms.AntiforgeryToken(page)),
    ];
}
