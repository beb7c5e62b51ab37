using System.Net;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Account;

/// <summary>The profile page: phone number and time zone, checked, saved, and the zone in use on the very next page.</summary>
public sealed class ProfileTests(WebAppFixture app) : WebAppTest(app)
{
    [Fact]
    public async Task A_new_user_reads_times_in_UTC_and_the_profile_says_so()
    {
        var user = await App.CreateUserAsync(Roles.Legal);
        using var http = await App.CreateSignedInClientAsync(user);

        var html = await http.GetStringAsync(new Uri("/Account/Profile", UriKind.Relative));

        Assert.Equal("UTC", HttpForms.InputValue(html, "Data.TimeZoneId"));
        Assert.Equal(string.Empty, HttpForms.InputValue(html, "Data.PhoneNumber") ?? string.Empty);
        Assert.Contains("<option value=\"Europe/Ljubljana\"></option>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/Account/Profile\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Saving_the_zone_shows_the_next_page_in_it_and_reads_typed_times_in_it()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        using var http = await App.CreateSignedInClientAsync(owner);

        using var saved = await PostProfileAsync(http, "+386 1 234 5678", " Europe/Ljubljana ");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = await App.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == owner.Id));
        Assert.Equal(("+386 1 234 5678", "Europe/Ljubljana"), (stored.PhoneNumber, stored.TimeZoneId));

        // The log form says which zone it reads, and reads the typed time in it whatever zone the form posts.
        var log = await http.GetStringAsync(new Uri("/Incidents/Log", UriKind.Relative));
        Assert.Contains("Times are in your time zone: Europe/Ljubljana", log, StringComparison.Ordinal);
        var clientId = await App.AddClientAsync("Globex");
        var fields = ValidForms.LogIncident(clientId);
        using var logged = await http.PostFormAsync("/Incidents/Log", [.. fields, new(HttpForms.TokenField, HttpForms.AntiforgeryToken(log))]);
        Assert.Equal(HttpStatusCode.Redirect, logged.StatusCode);
        var incident = await App.WithDbAsync(db => db.Incidents.AsNoTracking().SingleAsync());
        // 09:30 in Ljubljana in November (UTC+1) is 08:30 UTC.
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 8, 30, 0, TimeSpan.Zero), incident.DiscoveredAt);

        var page = await http.GetStringAsync(new Uri($"/Incidents/{incident.Id}", UriKind.Relative));
        Assert.Contains("<time datetime=\"2026-11-20T08:30:00Z\" title=\"UTC+01:00\">20 Nov 2026, 09:30 Europe/Ljubljana</time>", page, StringComparison.Ordinal);
        Assert.DoesNotContain(" UTC</time>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_time_the_clocks_skip_is_refused_with_the_gap_named()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        using var http = await App.CreateSignedInClientAsync(owner);
        (await PostProfileAsync(http, "", "Europe/Ljubljana")).Dispose();
        var log = await http.GetStringAsync(new Uri("/Incidents/Log", UriKind.Relative));
        var fields = ValidForms.LogIncident(await App.AddClientAsync("Globex"))
            .Where(f => f.Key is not "Data.DiscoveredAt" and not "Data.PromisedOn")
            .Append(new("Data.PromisedOn", "2026-02-02"))
            .Append(new("Data.DiscoveredAt", "2026-03-29T02:30"));

        using var response = await http.PostFormAsync("/Incidents/Log", [.. fields, new(HttpForms.TokenField, HttpForms.AntiforgeryToken(log))]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            "02:30 does not exist on 29 March 2026 in Europe/Ljubljana: the clocks go from 02:00 to 03:00. Enter a time outside that hour.",
            HttpForms.ValidationMessage(await response.Content.ReadAsStringAsync(), "Data.DiscoveredAt"));
        Assert.False(await App.WithDbAsync(db => db.Incidents.AnyAsync()));
    }

    [Theory]
    [InlineData("call me maybe", "Europe/Ljubljana", "Data.PhoneNumber", "Enter the phone number with digits, spaces and an optional leading +, such as +386 1 234 5678.")]
    [InlineData("+386 1 234 5678 ext. 12345 6789 0", "Europe/Ljubljana", "Data.PhoneNumber", "Keep the phone number to 30 characters.")]
    [InlineData("386+1234567", "Europe/Ljubljana", "Data.PhoneNumber", "Enter the phone number with digits, spaces and an optional leading +, such as +386 1 234 5678.")]
    [InlineData("", "Central European Standard Time", "Data.TimeZoneId", "\"Central European Standard Time\" is not a time zone from the IANA list. Pick one from the list, such as Europe/Ljubljana.")]
    [InlineData("", " ", "Data.TimeZoneId", "Choose your time zone from the list, such as Europe/Ljubljana.")]
    public async Task Bad_input_is_refused_next_to_its_field_and_nothing_is_saved(string phone, string zone, string field, string message)
    {
        var user = await App.CreateUserAsync(Roles.TeamLead);
        using var http = await App.CreateSignedInClientAsync(user);

        using var response = await PostProfileAsync(http, phone, zone);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(message, HttpForms.ValidationMessage(html, field));
        Assert.Equal(phone, HttpForms.InputValue(html, "Data.PhoneNumber") ?? string.Empty);
        var stored = await App.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id));
        Assert.Equal((null, "UTC"), (stored.PhoneNumber, stored.TimeZoneId));
    }

    [Fact]
    public async Task The_profile_needs_a_sign_in()
    {
        using var http = App.CreateHttpClient();

        using var response = await http.GetAsync(new Uri("/Account/Profile", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_may_give_a_new_user_a_zone_and_a_zone_outside_the_list_is_refused()
    {
        var admin = await App.CreateUserAsync(Roles.Admin);
        using var http = await App.CreateSignedInClientAsync(admin);
        var form = await http.GetStringAsync(new Uri("/Admin/Users/Create", UriKind.Relative));
        KeyValuePair<string, string>[] Fields(string zone) =>
        [
            new("Data.Email", "new.person@tests.promisekeeper.test"),
            new("Data.DisplayName", "New Person"),
            new("Data.Roles", Roles.AccountManager),
            new("Data.Password", "a-long-enough-first-password"),
            new("Data.TimeZoneId", zone),
            new(HttpForms.TokenField, HttpForms.AntiforgeryToken(form)),
        ];

        using var refused = await http.PostFormAsync("/Admin/Users/Create", Fields("Ljubljana"));
        using var created = await http.PostFormAsync("/Admin/Users/Create", Fields("Europe/Moscow"));

        Assert.Equal(
            "\"Ljubljana\" is not a time zone from the IANA list. Pick one from the list, such as Europe/Ljubljana.",
            HttpForms.ValidationMessage(await refused.Content.ReadAsStringAsync(), "Data.TimeZoneId"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("Europe/Moscow", await App.WithDbAsync(db => db.Users.Where(u => u.Email == "new.person@tests.promisekeeper.test").Select(u => u.TimeZoneId).SingleAsync()));
    }

    private static async Task<HttpResponseMessage> PostProfileAsync(HttpClient http, string phone, string zone)
    {
        var token = await http.GetAntiforgeryTokenAsync("/Account/Profile");
        return await http.PostFormAsync("/Account/Profile",
        [
            new("Data.PhoneNumber", phone),
            new("Data.TimeZoneId", zone),
            new(HttpForms.TokenField, token),
        ]);
    }
}
