using System.Net;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain.Clocks;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Admin;

/// <summary>/Teams/{id}/Clocks: a team's lead and admins set the team's working calendar and response targets.</summary>
public sealed class TeamClockSettingsPageTests(WebAppFixture app) : WebAppTest(app)
{
    private static string PathOf(int teamId) => $"/Teams/{teamId}/Clocks";

    /// <summary>The form as the page rendered it, with <paramref name="typed"/> over it (a repeated name replaces every rendered value of it).</summary>
    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient http, string path, string html, params (string Name, string Value)[] typed)
    {
        var fields = HtmlForm.Fields(html, path, path);
        var names = typed.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        fields.RemoveAll(f => names.Contains(f.Key));
        fields.AddRange(typed.Select(t => KeyValuePair.Create(t.Name, t.Value)));
        return await http.PostFormAsync(path, fields);
    }

    [Fact]
    public async Task A_lead_sees_the_defaults_then_saves_the_teams_settings_and_the_change_is_audited()
    {
        var teamId = await App.AddTeamAsync("Key Accounts");
        var lead = await App.CreateUserAsync(Roles.TeamLead, "Lea Lead", teamId);
        using var http = await App.CreateSignedInClientAsync(lead);
        var html = await http.GetHtmlAsync(PathOf(teamId));
        Assert.Equal("UTC", HttpForms.InputValue(html, "Data.TimeZoneId"));
        Assert.Equal("1", HttpForms.InputValue(html, "Data.TellClientDays"));
        Assert.Contains("works to the defaults", html, StringComparison.Ordinal);

        using var response = await SubmitAsync(
            http, PathOf(teamId), html,
            ("Data.TimeZoneId", "Europe/Ljubljana"),
            ("Data.WorkingDays", "Monday"), ("Data.WorkingDays", "Tuesday"), ("Data.WorkingDays", "Wednesday"), ("Data.WorkingDays", "Thursday"),
            ("Data.WorkStarts", "08:00"),
            ("Data.WorkEnds", "16:30"),
            ("Data.Holidays", "2026-12-25\r\n\r\n2026-12-24"),
            ("Data.TellClientDays", "0.5"),
            ("Data.WarnSharePercent", "80"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await App.WithDbAsync(db => db.TeamClockSettings.AsNoTracking().SingleAsync(s => s.TeamId == teamId));
        var rules = TeamClockSettings.Rules(saved);
        Assert.Equal("Europe/Ljubljana", rules.Calendar.Zone.Id);
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday], rules.Calendar.Week.Days);
        Assert.Equal(TimeSpan.FromHours(8.5), rules.Calendar.Week.DayLength);
        Assert.Equal([new DateOnly(2026, 12, 24), new DateOnly(2026, 12, 25)], saved.Holidays);
        Assert.Equal(TimeSpan.FromHours(4.25), rules.Target(ClockKind.TellClient));
        Assert.Equal(3m, rules.Targets.DaysFor(ClockKind.HoldCall));
        Assert.Equal(80m, rules.Targets.WarnSharePercent);
        var audit = await App.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(e => e.Action == AuditAction.TeamClocksChanged));
        Assert.Equal("Team Key Accounts", audit.Subject);
        Assert.Equal(
            "Saved the clock settings of the team Key Accounts: time zone Europe/Ljubljana; working hours 08:00-16:30; working days a week: 4; " +
            "holidays: 2; targets in working days (tell the client / call / recap / retro / legal review): 0.5 / 3 / 1 / 10 / 2; warning at 80 %.",
            audit.Details);

        var after = await http.GetHtmlAsync(PathOf(teamId));
        Assert.Contains("The clock settings of Key Accounts are saved.", after, StringComparison.Ordinal);
        Assert.Equal("2026-12-24\n2026-12-25", HttpForms.TextareaValue(after, "Data.Holidays").ReplaceLineEndings("\n"));
        Assert.DoesNotContain("works to the defaults", after, StringComparison.Ordinal);
    }

    [Fact]
    public void A_team_without_settings_works_to_the_defaults()
    {
        Assert.Same(TeamClockRules.Default, TeamClockSettings.Rules(null));
        Assert.Equal(TimeSpan.FromHours(8), TeamClockRules.Default.Target(ClockKind.TellClient));
    }

    [Fact]
    public async Task A_bad_holiday_line_and_a_zero_target_are_named_next_to_their_fields_and_the_input_is_kept()
    {
        var teamId = await App.AddTeamAsync("Support");
        var admin = await App.CreateUserAsync(Roles.Admin);
        using var http = await App.CreateSignedInClientAsync(admin);
        var html = await http.GetHtmlAsync(PathOf(teamId));

        using var response = await SubmitAsync(
            http, PathOf(teamId), html, ("Data.Holidays", "2026-12-25\n25.12.2026"), ("Data.HoldCallDays", "0"), ("Data.WarnSharePercent", "100"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Equal(
            "Line 2 (\"25.12.2026\") is not a date: write one date per line as yyyy-MM-dd, such as 2026-12-25.",
            HttpForms.ValidationMessage(page, "Data.Holidays"));
        Assert.Equal("A target must be more than zero working days.", HttpForms.ValidationMessage(page, "Data.HoldCallDays"));
        Assert.StartsWith("Enter a share between 1 and 99 %", HttpForms.ValidationMessage(page, "Data.WarnSharePercent"), StringComparison.Ordinal);
        Assert.Equal("2026-12-25\n25.12.2026", HttpForms.TextareaValue(page, "Data.Holidays").ReplaceLineEndings("\n"));
        Assert.Equal("0", HttpForms.InputValue(page, "Data.HoldCallDays"));
        Assert.False(await App.WithDbAsync(db => db.TeamClockSettings.AnyAsync(s => s.TeamId == teamId)));
    }

    [Fact]
    public async Task A_lead_of_another_team_finds_nothing_and_an_account_manager_is_denied()
    {
        var teamId = await App.AddTeamAsync("Support");
        var otherTeam = await App.AddTeamAsync("Sales");
        var otherLead = await App.CreateUserAsync(Roles.TeamLead, "Other Lead", otherTeam);
        var manager = await App.CreateUserAsync(Roles.AccountManager, "Manager", teamId);
        using var lead = await App.CreateSignedInClientAsync(otherLead);
        using var am = await App.CreateSignedInClientAsync(manager);

        using var get = await lead.GetAsync(new Uri(PathOf(teamId), UriKind.Relative));
        using var post = await lead.PostPageAsync(PathOf(otherTeam), null, ("Data.TimeZoneId", "UTC"));
        var token = await lead.GetAntiforgeryTokenAsync(PathOf(otherTeam));
        using var postElsewhere = await lead.PostFormAsync(PathOf(teamId), [KeyValuePair.Create(HttpForms.TokenField, token), KeyValuePair.Create("Data.TimeZoneId", "UTC")]);
        using var amGet = await am.GetAsync(new Uri(PathOf(teamId), UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.OK, post.StatusCode); // their own team: the form comes back with messages
        Assert.Equal(HttpStatusCode.NotFound, postElsewhere.StatusCode);
        Assert.Contains("/Account/AccessDenied", amGet.Location() ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_save_from_a_form_someone_else_saved_meanwhile_is_refused_and_the_input_kept()
    {
        var teamId = await App.AddTeamAsync("Support");
        var lead = await App.CreateUserAsync(Roles.TeamLead, "Lea Lead", teamId);
        var admin = await App.CreateUserAsync(Roles.Admin);
        using var leadHttp = await App.CreateSignedInClientAsync(lead);
        using var adminHttp = await App.CreateSignedInClientAsync(admin);
        var leadForm = await leadHttp.GetHtmlAsync(PathOf(teamId));
        var adminForm = await adminHttp.GetHtmlAsync(PathOf(teamId));

        using var first = await SubmitAsync(adminHttp, PathOf(teamId), adminForm, ("Data.SubmitRetroDays", "8"));
        using var second = await SubmitAsync(leadHttp, PathOf(teamId), leadForm, ("Data.SubmitRetroDays", "12"));
        var againForm = await adminHttp.GetHtmlAsync(PathOf(teamId));
        using var third = await SubmitAsync(adminHttp, PathOf(teamId), againForm, ("Data.SubmitRetroDays", "9"));
        using var stale = await SubmitAsync(adminHttp, PathOf(teamId), againForm, ("Data.SubmitRetroDays", "7"));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var page = await second.Content.ReadAsStringAsync();
        Assert.Contains("Someone else changed this record while you were editing it.", page, StringComparison.Ordinal);
        Assert.Equal("12", HttpForms.InputValue(page, "Data.SubmitRetroDays"));
        Assert.Equal(HttpStatusCode.Redirect, third.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Equal(9m, await App.WithDbAsync(db => db.TeamClockSettings.Where(s => s.TeamId == teamId).Select(s => s.SubmitRetroDays).SingleAsync()));
    }

    [Fact]
    public async Task The_admins_team_page_and_the_leads_reviews_page_link_to_the_clock_settings()
    {
        var teamId = await App.AddTeamAsync("Support");
        var lead = await App.CreateUserAsync(Roles.TeamLead, "Lea Lead", teamId);
        var admin = await App.CreateUserAsync(Roles.Admin);
        using var leadHttp = await App.CreateSignedInClientAsync(lead);
        using var adminHttp = await App.CreateSignedInClientAsync(admin);

        Assert.Contains($"href=\"/Teams/{teamId}/Clocks\"", await adminHttp.GetHtmlAsync($"/Admin/Teams/{teamId}"), StringComparison.Ordinal);
        Assert.Contains($"href=\"/Teams/{teamId}/Clocks\"", await leadHttp.GetHtmlAsync("/Reviews"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ru", "Настройки таймеров: Support", "Строка 1 («31.12.2026») — не дата", "0,5")]
    [InlineData("sl", "Nastavitve časovnikov: Support", "Vrstica 1 (»31.12.2026«) ni datum", "0,5")]
    public async Task The_page_and_its_messages_read_in_the_users_language(string language, string heading, string message, string decimalTyped)
    {
        var teamId = await App.AddTeamAsync("Support");
        var lead = await App.CreateUserAsync(Roles.TeamLead, "Lea Lead", teamId);
        using var http = await App.CreateSignedInClientAsync(lead);
        http.DefaultRequestHeaders.TryAddWithoutValidation("Accept-Language", language);
        var html = await http.GetHtmlAsync(PathOf(teamId));

        using var response = await SubmitAsync(http, PathOf(teamId), html, ("Data.Holidays", "31.12.2026"), ("Data.TellClientDays", decimalTyped));

        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains($">{heading}</h1>", html, StringComparison.Ordinal);
        Assert.StartsWith(message, HttpForms.ValidationMessage(page, "Data.Holidays"), StringComparison.Ordinal);
        Assert.Equal(string.Empty, HttpForms.ValidationMessage(page, "Data.TellClientDays"));
    }
}
