using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Web.Tests.Fixtures;
using EditUser = PromiseKeeper.Web.Pages.Admin.Users.EditModel;

namespace PromiseKeeper.Web.Tests.Admin.Users;

/// <summary>An account manager who gets a team brings the incidents they logged without one into it, so its leads oversee them.</summary>
public sealed class TeamJoinTests(WebAppFixture app) : WebAppTest(app)
{
    [Fact]
    public async Task Giving_a_user_a_team_brings_their_teamless_incidents_into_it_and_incidents_with_a_team_keep_theirs()
    {
        var admin = await App.CreateUserAsync(Roles.Admin);
        var team = await App.AddTeamAsync("Customer Success");
        var otherTeam = await App.AddTeamAsync("Enterprise Accounts");
        var member = await App.CreateUserAsync(Roles.AccountManager, "Omar Haddad", WebAppFixture.NoTeam);
        var someoneElse = await App.CreateUserAsync(Roles.AccountManager, "Still Teamless", WebAppFixture.NoTeam);
        var lead = await App.CreateUserAsync(Roles.TeamLead, "Tara Whitfield", team);
        var clientId = await App.AddClientAsync("Northwind");
        var first = await AddIncidentAsync(member, clientId, teamId: null);
        var second = await AddIncidentAsync(member, clientId, teamId: null);
        var fromOtherTeam = await AddIncidentAsync(member, clientId, otherTeam);
        var notTheirs = await AddIncidentAsync(someoneElse, clientId, teamId: null);
        using var leadHttp = await App.CreateSignedInClientAsync(lead);
        using var before = await leadHttp.GetAsync(new Uri($"/Incidents/{first}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);

        using var http = await App.CreateSignedInClientAsync(admin);
        var path = $"/Admin/Users/{member.Id}";
        var stamp = HttpForms.InputValue(await http.GetHtmlAsync(path), "Data.ConcurrencyStamp")!;
        using var response = await http.PostPageAsync(path, null,
            ("Data.DisplayName", "Omar Haddad"),
            ("Data.Roles", Roles.AccountManager),
            ("Data.TeamId", team.ToString(CultureInfo.InvariantCulture)),
            ("Data.ConcurrencyStamp", stamp));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var teams = await TeamsAsync();
        Assert.Equal((int?)team, teams[first]);
        Assert.Equal((int?)team, teams[second]);
        Assert.Equal((int?)otherTeam, teams[fromOtherTeam]);
        Assert.Null(teams[notTheirs]);

        // The team's lead now oversees them.
        using var after = await leadHttp.GetAsync(new Uri($"/Incidents/{first}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task Moving_a_user_to_another_team_leaves_the_incidents_that_already_have_a_team_where_they_are()
    {
        var admin = await App.CreateUserAsync(Roles.Admin);
        var team = await App.AddTeamAsync("Customer Success");
        var newTeam = await App.AddTeamAsync("Enterprise Accounts");
        var member = await App.CreateUserAsync(Roles.AccountManager, "Omar Haddad", team);
        var clientId = await App.AddClientAsync("Northwind");
        var loggedInOldTeam = await AddIncidentAsync(member, clientId, team);

        await App.SendAsync(admin, async m =>
        {
            var stamp = await App.WithDbAsync(db => db.Users.Where(u => u.Id == member.Id).Select(u => u.ConcurrencyStamp).SingleAsync());
            return await m.Send(new EditUser.Command
            {
                Id = member.Id,
                DisplayName = "Omar Haddad",
                Roles = [Roles.AccountManager],
                TeamId = newTeam,
                ConcurrencyStamp = stamp,
            });
        });

        Assert.Equal(newTeam, await App.WithDbAsync(db => db.Users.Where(u => u.Id == member.Id).Select(u => u.TeamId).SingleAsync()));
        Assert.Equal((int?)team, (await TeamsAsync())[loggedInOldTeam]);
    }

    private async Task<long> AddIncidentAsync(TestUser owner, int clientId, int? teamId)
    {
        var clientName = await App.WithDbAsync(db => db.Clients.Where(c => c.Id == clientId).Select(c => c.Name).SingleAsync());
        return (await App.AnIncident(owner).ForClient(clientName).InTeam(teamId).LoggedAt(App.Clock.GetUtcNow()).SaveAsync()).Id;
    }

    private Task<Dictionary<long, int?>> TeamsAsync() =>
        App.WithDbAsync(db => db.Incidents.AsNoTracking().ToDictionaryAsync(i => i.Id, i => i.TeamId));
}
