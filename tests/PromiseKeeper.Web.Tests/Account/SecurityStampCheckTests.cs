using System.Globalization;
using System.Net;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Tests.Admin;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Account;

/// <summary>
/// The login cookie's check once the validation interval (a minute) has passed: one statement, and what it reads
/// (team, roles, stamp, active flag) reaches the open login. Deactivation and role changes: <see cref="Admin.Users.DeactivationTests"/>.
/// </summary>
public sealed class SecurityStampCheckTests(WebAppFixture app) : WebAppTest(app)
{
    private static readonly TimeSpan PastTheValidationInterval = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task The_check_after_the_interval_sends_one_statement_and_keeps_the_login()
    {
        var member = await App.CreateUserAsync(Roles.AccountManager);
        using var http = await App.CreateSignedInClientAsync(member);
        var (within, withinStatus) = await GetCountingAsync(http, "/Account/AccessDenied");

        App.Clock.Now += PastTheValidationInterval;
        var (checkedAgain, checkedStatus) = await GetCountingAsync(http, "/Account/AccessDenied");
        var (afterRenewal, _) = await GetCountingAsync(http, "/Account/AccessDenied");

        // The page answers 403 by design (it explains a refusal); the login goes on.
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (withinStatus, checkedStatus));
        var check = Assert.Single(checkedAgain.Skip(within.Count));
        Assert.Contains("\"AspNetUsers\"", check, StringComparison.Ordinal);
        Assert.Equal(within.Count + 1, checkedAgain.Count);
        // The renewed cookie starts a new interval.
        Assert.Equal(within.Count, afterRenewal.Count);
    }

    [Fact]
    public async Task A_team_change_reaches_an_existing_login_within_a_minute()
    {
        var admin = await App.CreateUserAsync(Roles.Admin);
        var team = await App.AddTeamAsync("Customer Success");
        var otherTeam = await App.AddTeamAsync("Enterprise Accounts");
        var lead = await App.CreateUserAsync(Roles.TeamLead, "Tara Whitfield", team);
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Omar Haddad", otherTeam);
        var incident = await App.AnIncident(owner).AtStage(PlaybookStage.InvestigateOrigin).SaveAsync();
        using var leadHttp = await App.CreateSignedInClientAsync(lead);
        using (var before = await leadHttp.GetAsync(new Uri($"/Incidents/{incident.Id}", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        }

        using var adminHttp = await App.CreateSignedInClientAsync(admin);
        var path = $"/Admin/Users/{lead.Id}";
        var stamp = HttpForms.InputValue(await adminHttp.GetHtmlAsync(path), "Data.ConcurrencyStamp")!;
        using var moved = await adminHttp.PostPageAsync(path, null,
            ("Data.DisplayName", lead.DisplayName),
            ("Data.Roles", Roles.TeamLead),
            ("Data.TeamId", otherTeam.ToString(CultureInfo.InvariantCulture)),
            ("Data.ConcurrencyStamp", stamp));
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        App.Clock.Now += PastTheValidationInterval;

        using var after = await leadHttp.GetAsync(new Uri($"/Incidents/{incident.Id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    private async Task<(IReadOnlyList<string> Sql, HttpStatusCode Status)> GetCountingAsync(HttpClient http, string path)
    {
        var probe = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add(SqlCommandLog.ProbeHeader, probe);
        using var response = await http.SendAsync(request);
        return (App.Sql.CommandsFor(probe), response.StatusCode);
    }
}
