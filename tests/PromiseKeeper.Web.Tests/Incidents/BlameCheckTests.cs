using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Pages.Incidents;
using PromiseKeeper.Web.Tests.Fixtures;
using PromiseKeeper.Web.Tests.Incidents.Playbook;

namespace PromiseKeeper.Web.Tests.Incidents;

/// <summary>POST /Incidents/{id}/BlameCheck: the check a client text gets while it is typed.</summary>
public sealed class BlameCheckTests(WebAppFixture app) : WebAppTest(app)
{
    [Fact]
    public async Task A_blaming_text_answers_its_findings_with_category_phrase_position_and_explanation()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await App.AnIncident(owner).AtStage(PlaybookStage.ScheduleCall).SaveAsync();
        using var http = await App.CreateSignedInClientAsync(owner);
        const string text = "Hello Dana,\n\nthe developers failed to test it, sorry.";

        using var response = await CheckAsync(http, incident.Id, text);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("application/json", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var finding = Assert.Single(json.RootElement.GetProperty("findings").EnumerateArray());
        Assert.Equal("BlamesAnotherTeam", finding.GetProperty("category").GetString());
        Assert.Equal("Blames another team or a supplier", finding.GetProperty("label").GetString());
        Assert.Equal("the developers failed to", finding.GetProperty("phrase").GetString());
        Assert.Equal(text.IndexOf("the developers", StringComparison.Ordinal), finding.GetProperty("start").GetInt32());
        Assert.Equal("the developers failed to".Length, finding.GetProperty("length").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(finding.GetProperty("explanation").GetString()));
    }

    [Fact]
    public async Task The_colleague_recorded_as_having_promised_is_found_by_name_however_written()
    {
        // The test incident records "Sam Sales" as who promised.
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await App.AnIncident(owner).AtStage(PlaybookStage.ScheduleCall).SaveAsync();
        using var http = await App.CreateSignedInClientAsync(owner);

        using var response = await CheckAsync(http, incident.Id, "The delay is because of sam, I am afraid.");

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var finding = Assert.Single(json.RootElement.GetProperty("findings").EnumerateArray());
        Assert.Equal("BlamesColleague", finding.GetProperty("category").GetString());
        Assert.Equal("because of sam", finding.GetProperty("phrase").GetString());
    }

    [Fact]
    public async Task A_careful_or_empty_text_has_no_findings_and_nothing_is_saved()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await App.AnIncident(owner).AtStage(PlaybookStage.ScheduleCall).SaveAsync();
        using var http = await App.CreateSignedInClientAsync(owner);
        var version = await App.VersionAsync(incident.Id);

        foreach (var text in new[] { "We promised you the release by 1 November and we did not deliver it.", "" })
        {
            using var response = await CheckAsync(http, incident.Id, text);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal(0, json.RootElement.GetProperty("findings").GetArrayLength());
        }

        var stored = await App.ReadAsync(incident.Id);
        Assert.Empty(stored.BlameFindings);
        Assert.Equal(version, await App.VersionAsync(incident.Id));
    }

    [Fact]
    public async Task A_text_over_the_limit_is_refused_with_a_message()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await App.AnIncident(owner).AtStage(PlaybookStage.ScheduleCall).SaveAsync();
        using var http = await App.CreateSignedInClientAsync(owner);

        using var response = await CheckAsync(http, incident.Id, new string('a', BlameCheckModel.TextMaxLength + 1));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("too long", json.RootElement.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markup_and_control_characters_are_checked_as_plain_text()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await App.AnIncident(owner).AtStage(PlaybookStage.ScheduleCall).SaveAsync();
        using var http = await App.CreateSignedInClientAsync(owner);

        using var response = await CheckAsync(http, incident.Id, "<b>It was not my fault</b>\u0001\u0007<script>alert(1)</script>");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>", body, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(body);
        var finding = Assert.Single(json.RootElement.GetProperty("findings").EnumerateArray());
        Assert.Equal("It was not my fault", finding.GetProperty("phrase").GetString());
    }

    [Fact]
    public async Task Without_the_antiforgery_token_the_check_is_refused()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await App.AnIncident(owner).AtStage(PlaybookStage.ScheduleCall).SaveAsync();
        using var http = await App.CreateSignedInClientAsync(owner);

        using var response = await http.PostFormAsync($"/Incidents/{incident.Id}/BlameCheck", [new("text", "It was not my fault.")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Someone_who_may_not_see_the_incident_gets_404()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var stranger = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await App.AnIncident(owner).AtStage(PlaybookStage.ScheduleCall).SaveAsync();
        using var http = await App.CreateSignedInClientAsync(stranger);

        using var response = await CheckAsync(http, incident.Id, "It was not my fault.");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_pages_with_client_texts_wire_their_fields_to_the_check()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await App.AnIncident(owner).AtStage(PlaybookStage.ScheduleCall).SaveAsync();
        using var http = await App.CreateSignedInClientAsync(owner);

        var page = await (await http.GetAsync(new Uri($"/Incidents/{incident.Id}/Call", UriKind.Relative))).Content.ReadAsStringAsync();

        Assert.Contains($"action=\"/Incidents/{incident.Id}/BlameCheck\"", page, StringComparison.Ordinal);
        var script = Regex.Match(page, "<script[^>]*blame-check[^>]*>").Value;
        Assert.Matches("src=\"/js/blame-check[^\"]*\\.js[^\"]*\"", script);
        var textarea = Regex.Match(page, "<textarea[^>]*name=\"Data.RequestEmail\"[^>]*>").Value;
        Assert.Matches("aria-describedby=\"[^\"]*blame-request-email[^\"]*\"", textarea);
        Assert.Contains("data-blame-check=\"blame-request-email\"", textarea, StringComparison.Ordinal);
        Assert.Contains("<div id=\"blame-request-email\" class=\"blame-check\" aria-live=\"polite\"", page, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> CheckAsync(HttpClient http, long incidentId, string text)
    {
        var token = await http.GetAntiforgeryTokenAsync("/Incidents");
        return await http.PostFormAsync($"/Incidents/{incidentId}/BlameCheck", [new("text", text), new(HttpForms.TokenField, token)]);
    }
}
