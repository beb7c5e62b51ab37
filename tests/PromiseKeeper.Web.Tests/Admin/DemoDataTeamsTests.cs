using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Admin;

public sealed class DemoDataTeamsTests(WebAppFixture app) : WebAppTest(app)
{
    private static readonly Dictionary<string, string?> Expected = new(StringComparer.Ordinal)
    {
        ["am@demo.promisekeeper.test"] = DemoData.CustomerSuccess,
        ["am2@demo.promisekeeper.test"] = DemoData.CustomerSuccess,
        ["lead@demo.promisekeeper.test"] = DemoData.CustomerSuccess,
        ["am3@demo.promisekeeper.test"] = DemoData.EnterpriseAccounts,
        ["lead2@demo.promisekeeper.test"] = DemoData.EnterpriseAccounts,
        ["legal@demo.promisekeeper.test"] = null,
        ["admin@demo.promisekeeper.test"] = null,
        ["hcs@demo.promisekeeper.test"] = null,
    };

    [Fact]
    public async Task The_demo_users_are_put_in_two_teams_and_loading_again_changes_nothing()
    {
        await LoadDemoDataAsync();
        await LoadDemoDataAsync();

        Assert.Equal(Expected, await TeamsOfDemoUsersAsync());
        Assert.Equal(2, await App.WithDbAsync(db => db.Teams.CountAsync()));
    }

    [Fact]
    public async Task Demo_users_from_before_teams_get_their_team_and_the_missing_users_are_added()
    {
        await using (var scope = App.Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var alex = new ApplicationUser { UserName = "am@demo.promisekeeper.test", Email = "am@demo.promisekeeper.test", DisplayName = "Alex Morgan" };
            Assert.True((await users.CreateAsync(alex, DemoData.Password)).Succeeded);
        }

        await LoadDemoDataAsync();

        Assert.Equal(Expected, await TeamsOfDemoUsersAsync());
    }

    [Fact]
    public async Task The_demo_gives_each_queue_something_and_reviews_come_from_the_right_people()
    {
        await LoadDemoDataAsync();

        var incidents = await App.WithDbAsync(db => db.Incidents.AsNoTracking().Include(i => i.Timeline).ToListAsync());
        Assert.Contains(incidents, i => i.LegalReviewStatus == PromiseKeeper.Domain.Incidents.LegalReviewStatus.Awaiting);
        Assert.Contains(incidents, i => i.Retro is { Status: PromiseKeeper.Domain.Incidents.RetroReviewStatus.Submitted });
        var closed = Assert.Single(incidents, i => i.Stage == PromiseKeeper.Domain.Incidents.PlaybookStage.Closed);
        Assert.Equal("Tara Whitfield", closed.Timeline.Single(e => e.Description.StartsWith("Approved the retro", StringComparison.Ordinal)).ActorName);
    }

    [Fact]
    public async Task Demo_incidents_belong_to_their_owner_s_team()
    {
        await LoadDemoDataAsync();

        var customerSuccess = await TeamIdAsync(DemoData.CustomerSuccess);
        var teams = await App.WithDbAsync(db => db.Incidents.Select(i => i.TeamId).ToListAsync());
        Assert.NotEmpty(teams);
        Assert.All(teams, team => Assert.Equal(customerSuccess, team));
    }

    [Fact]
    public async Task Incidents_loaded_before_teams_existed_join_their_owner_s_team_and_those_with_a_team_keep_it()
    {
        await LoadDemoDataAsync();
        var customerSuccess = await TeamIdAsync(DemoData.CustomerSuccess);
        var enterprise = await TeamIdAsync(DemoData.EnterpriseAccounts);
        var ids = await App.WithDbAsync(db => db.Incidents.OrderBy(i => i.Id).Select(i => i.Id).ToListAsync());
        var keepsItsTeam = ids[0];
        // As a database from before teams: no incident has a team, except one an admin's change already put in a team.
        await App.WithDbAsync(async db =>
        {
            await db.Incidents.ExecuteUpdateAsync(s => s.SetProperty(i => i.TeamId, (int?)null));
            await db.Incidents.Where(i => i.Id == keepsItsTeam).ExecuteUpdateAsync(s => s.SetProperty(i => i.TeamId, enterprise));
        });

        await LoadDemoDataAsync();
        await LoadDemoDataAsync();

        var teams = await App.WithDbAsync(db => db.Incidents.ToDictionaryAsync(i => i.Id, i => i.TeamId));
        Assert.Equal(enterprise, teams[keepsItsTeam]);
        Assert.All(ids.Skip(1), id => Assert.Equal(customerSuccess, teams[id]));
        Assert.Equal(ids.Count, teams.Count);
    }

    private Task<int?> TeamIdAsync(string name) =>
        App.WithDbAsync(db => db.Teams.Where(t => t.Name == name).Select(t => (int?)t.Id).SingleAsync());

    private async Task LoadDemoDataAsync()
    {
        await using var scope = App.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoData>().LoadAsync(CancellationToken.None);
    }

    private Task<Dictionary<string, string?>> TeamsOfDemoUsersAsync() =>
        App.WithDbAsync(db => db.Users
            .Where(u => u.Email!.EndsWith("@demo.promisekeeper.test"))
            .Select(u => new { u.Email, Team = db.Teams.Where(t => t.Id == u.TeamId).Select(t => t.Name).FirstOrDefault() })
            .ToDictionaryAsync(u => u.Email!, u => u.Team, StringComparer.Ordinal));
}
