using System.Net;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Web.Pages.Admin.Users;
using PromiseKeeper.Web.Tests.Fixtures;
using CreateUser = PromiseKeeper.Web.Pages.Admin.Users.CreateModel;
using EditTeam = PromiseKeeper.Web.Pages.Admin.Teams.EditModel;
using EditUser = PromiseKeeper.Web.Pages.Admin.Users.EditModel;
using TeamList = PromiseKeeper.Web.Pages.Admin.Teams.IndexModel;
using UserList = PromiseKeeper.Web.Pages.Admin.Users.IndexModel;

namespace PromiseKeeper.Web.Tests.Admin;

/// <summary>Only admins reach the admin pages and handlers: every role × every page and handler, from one table each.</summary>
public sealed class AccessTests(WebAppFixture app) : WebAppTest(app)
{
    private static readonly string[] OtherRoles = [Roles.AccountManager, Roles.TeamLead, Roles.Legal];

    private static readonly string[] Pages = ["/Admin/Users", "/Admin/Users/Create", "/Admin/Users/{user}", "/Admin/Teams", "/Admin/Teams/{team}", "/Admin/Mail"];

    /// <summary>Every admin message, sent with valid input about an existing user and team.</summary>
    private static readonly Dictionary<string, Func<string, int, Func<IMediator, ValueTask>>> Handlers = new()
    {
        ["list users"] = (_, _) => async m => await m.Send(new UserList.Query()),
        ["add a user"] = (_, team) => async m => await m.Send(new CreateUser.Command
        {
            Email = "new.person@tests.promisekeeper.test",
            DisplayName = "New Person",
            Roles = [Roles.AccountManager],
            TeamId = team,
            Password = "a-long-enough-password",
        }),
        ["show a user"] = (user, _) => async m => await m.Send(new EditUser.Query(user)),
        ["edit a user"] = (user, team) => async m => await m.Send(new EditUser.Command { Id = user, DisplayName = "Renamed", Roles = [Roles.Admin], TeamId = team }),
        ["deactivate a user"] = (user, _) => async m => await m.Send(new SetActive.Command(user, Active: false)),
        ["reactivate a user"] = (user, _) => async m => await m.Send(new SetActive.Command(user, Active: true)),
        ["reset a password"] = (user, _) => async m => await m.Send(new ResetPassword.Command { Id = user, NewPassword = "a-long-enough-password" }),
        ["list teams"] = (_, _) => async m => await m.Send(new TeamList.Query()),
        ["add a team"] = (_, _) => async m => await m.Send(new TeamList.Command { Name = "Another Team" }),
        ["show a team"] = (_, team) => async m => await m.Send(new EditTeam.Query(team)),
        ["rename a team"] = (_, team) => async m => await m.Send(new EditTeam.Command { Id = team, Name = "Renamed Team" }),
    };

    public static TheoryData<string, string> RolesAndPages() => Cross(Pages);

    public static TheoryData<string, string> RolesAndHandlers() => Cross(Handlers.Keys);

    public static TheoryData<string> AdminPages() => new(Pages);

    [Theory]
    [MemberData(nameof(RolesAndPages))]
    public async Task Other_roles_are_refused_on_every_admin_page(string role, string page)
    {
        var (target, team) = await TargetAsync();
        var user = await App.CreateUserAsync(role, teamId: team);
        using var http = await App.CreateSignedInClientAsync(user);

        using var response = await http.GetAsync(new Uri(PathOf(page, target, team), UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Location(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task An_admin_opens_every_admin_page(string page)
    {
        var (target, team) = await TargetAsync();
        var admin = await App.CreateUserAsync(Roles.Admin);
        using var http = await App.CreateSignedInClientAsync(admin);

        await http.GetHtmlAsync(PathOf(page, target, team));
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_the_login_page()
    {
        using var http = App.CreateHttpClient();

        using var response = await http.GetAsync(new Uri("/Admin/Users", UriKind.Relative));

        Assert.StartsWith("/Account/Login", response.Location(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_from_another_role_is_refused_and_changes_nothing()
    {
        var (target, team) = await TargetAsync();
        var lead = await App.CreateUserAsync(Roles.TeamLead, teamId: team);
        using var http = await App.CreateSignedInClientAsync(lead);
        var token = await http.GetAntiforgeryTokenAsync("/Incidents/Log");

        using var response = await http.PostFormAsync($"/Admin/Users/{target}?handler=Deactivate", [KeyValuePair.Create(HttpForms.TokenField, token)]);

        Assert.StartsWith("/Account/AccessDenied", response.Location(), StringComparison.Ordinal);
        Assert.True(await App.WithDbAsync(db => db.Users.Where(u => u.Id == target).Select(u => u.IsActive).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(RolesAndHandlers))]
    public async Task Other_roles_are_refused_by_every_admin_handler(string role, string handler)
    {
        var (target, team) = await TargetAsync();
        var user = await App.CreateUserAsync(role, teamId: team);

        await Assert.ThrowsAsync<ForbiddenException>(() => App.SendAsync(user, async m =>
        {
            await Handlers[handler](target, team)(m);
            return true;
        }));
    }

    [Theory]
    [InlineData(Roles.Admin, true)]
    [InlineData(Roles.AccountManager, false)]
    [InlineData(Roles.TeamLead, false)]
    [InlineData(Roles.Legal, false)]
    public async Task Only_admins_see_the_admin_link(string role, bool sees)
    {
        var user = await App.CreateUserAsync(role);
        using var http = await App.CreateSignedInClientAsync(user);

        using var response = await http.GetAsync(new Uri("/Account/AccessDenied", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(sees, html.Contains("href=\"/Admin/Users\"", StringComparison.Ordinal));
    }

    private async Task<(string UserId, int TeamId)> TargetAsync()
    {
        var team = await App.AddTeamAsync("Customer Success");
        var target = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan", team);
        return (target.Id, team);
    }

    private static string PathOf(string page, string user, int team) =>
        page.Replace("{user}", user, StringComparison.Ordinal)
            .Replace("{team}", team.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private static TheoryData<string, string> Cross(IEnumerable<string> targets)
    {
        var data = new TheoryData<string, string>();
        foreach (var role in OtherRoles)
        {
            foreach (var target in targets)
            {
                data.Add(role, target);
            }
        }

        return data;
    }
}
