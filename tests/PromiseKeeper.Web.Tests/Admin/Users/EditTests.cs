using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain;
using PromiseKeeper.Web.Tests.Fixtures;
using EditUser = PromiseKeeper.Web.Pages.Admin.Users.EditModel;

namespace PromiseKeeper.Web.Tests.Admin.Users;

public sealed class EditTests(WebAppFixture app) : WebAppTest(app)
{
    [Fact]
    public async Task An_admin_changes_name_roles_and_team_through_the_page()
    {
        var admin = await App.CreateUserAsync(Roles.Admin);
        var oldTeam = await App.AddTeamAsync("Customer Success");
        var newTeam = await App.AddTeamAsync("Enterprise Accounts");
        var member = await App.CreateUserAsync(Roles.AccountManager, "Omar Hadad", oldTeam);
        using var http = await App.CreateSignedInClientAsync(admin);
        var path = $"/Admin/Users/{member.Id}";
        var stamp = HttpForms.InputValue(await http.GetHtmlAsync(path), "Data.ConcurrencyStamp")!;

        using var response = await http.PostPageAsync(path, null,
            ("Data.DisplayName", "Omar Haddad"),
            ("Data.Roles", Roles.TeamLead),
            ("Data.TeamId", newTeam.ToString(CultureInfo.InvariantCulture)),
            ("Data.ConcurrencyStamp", stamp));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(path, response.Location());
        var stored = await App.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == member.Id));
        Assert.Equal(("Omar Haddad", (int?)newTeam), (stored.DisplayName, stored.TeamId));
        Assert.Equal([Roles.TeamLead], await RolesOfAsync(member.Id));
        var page = await http.GetHtmlAsync(path);
        Assert.Equal(newTeam.ToString(CultureInfo.InvariantCulture), HttpForms.SelectedOption(page, "Data.TeamId"));
    }

    [Fact]
    public async Task Taking_a_user_out_of_every_team_is_possible()
    {
        var admin = await App.CreateUserAsync(Roles.Admin);
        var team = await App.AddTeamAsync("Customer Success");
        var member = await App.CreateUserAsync(Roles.AccountManager, "Alex", team);

        await App.SendAsync(admin, async m => await m.Send(await EditCommandAsync(member.Id) with { Roles = [Roles.Legal], TeamId = null }));

        Assert.Null(await App.WithDbAsync(db => db.Users.Where(u => u.Id == member.Id).Select(u => u.TeamId).SingleAsync()));
        Assert.Equal([Roles.Legal], await RolesOfAsync(member.Id));
    }

    [Fact]
    public async Task A_change_made_meanwhile_by_someone_else_is_not_overwritten_and_the_typed_input_stays()
    {
        var admin = await App.CreateUserAsync(Roles.Admin);
        var member = await App.CreateUserAsync(Roles.AccountManager, "Bea Novak");
        using var http = await App.CreateSignedInClientAsync(admin);
        var path = $"/Admin/Users/{member.Id}";
        var staleStamp = HttpForms.InputValue(await http.GetHtmlAsync(path), "Data.ConcurrencyStamp")!;
        await App.SendAsync(admin, async m => await m.Send(await EditCommandAsync(member.Id) with { DisplayName = "Beatrice Novak" }));

        using var response = await http.PostPageAsync(path, null,
            ("Data.DisplayName", "Bea N."),
            ("Data.Roles", Roles.Legal),
            ("Data.ConcurrencyStamp", staleStamp));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Someone else changed this user while you were editing", System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Equal("Bea N.", HttpForms.InputValue(html, "Data.DisplayName"));
        Assert.Equal("Beatrice Novak", await App.WithDbAsync(db => db.Users.Where(u => u.Id == member.Id).Select(u => u.DisplayName).SingleAsync()));
        Assert.Equal([Roles.AccountManager], await RolesOfAsync(member.Id));
    }

    [Fact]
    public async Task An_admin_cannot_take_away_their_own_admin_role()
    {
        var admin = await App.CreateUserAsync(Roles.Admin);
        using var http = await App.CreateSignedInClientAsync(admin);
        var path = $"/Admin/Users/{admin.Id}";
        var stamp = HttpForms.InputValue(await http.GetHtmlAsync(path), "Data.ConcurrencyStamp")!;

        using var response = await http.PostPageAsync(path, null,
            ("Data.DisplayName", admin.DisplayName),
            ("Data.Roles", Roles.Legal),
            ("Data.ConcurrencyStamp", stamp));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            "You cannot take away your own Admin role. Ask another admin if it really should go.",
            HttpForms.ValidationMessage(await response.Content.ReadAsStringAsync(), "Data.Roles"));
        Assert.Equal([Roles.Admin], await RolesOfAsync(admin.Id));
    }

    [Fact]
    public async Task Missing_name_and_roles_are_refused_on_their_fields()
    {
        var admin = await App.CreateUserAsync(Roles.Admin);
        var member = await App.CreateUserAsync(Roles.AccountManager);

        var exception = await Assert.ThrowsAsync<DomainException>(async () =>
            await App.SendAsync(admin, async m => await m.Send(await EditCommandAsync(member.Id) with { DisplayName = " ", Roles = [] })));

        Assert.Equal(["DisplayName", "Roles"], exception.Violations.Select(v => v.Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_unknown_user_is_not_found()
    {
        var admin = await App.CreateUserAsync(Roles.Admin);
        using var http = await App.CreateSignedInClientAsync(admin);

        using var response = await http.GetAsync(new Uri("/Admin/Users/no-such-user", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await Assert.ThrowsAsync<NotFoundException>(async () =>
            await App.SendAsync(admin, m => m.Send(new EditUser.Command { Id = "no-such-user", DisplayName = "X", Roles = [Roles.Legal] })));
    }

    [Fact]
    public async Task The_user_list_searches_by_name_or_email_and_filters_by_team()
    {
        var admin = await App.CreateUserAsync(Roles.Admin, "Sam Admin");
        var team = await App.AddTeamAsync("Enterprise Accounts");
        await App.CreateUserAsync(Roles.AccountManager, "Ines Duarte", team);
        await App.CreateUserAsync(Roles.AccountManager, "Omar Haddad", WebAppFixture.NoTeam);
        using var http = await App.CreateSignedInClientAsync(admin);

        var byName = await http.GetHtmlAsync("/Admin/Users?Search=duar");
        var byTeam = await http.GetHtmlAsync($"/Admin/Users?TeamId={team}");
        var withoutTeam = await http.GetHtmlAsync("/Admin/Users?TeamId=0");
        var nobody = await http.GetHtmlAsync("/Admin/Users?Search=zzz%25");

        Assert.Contains("Ines Duarte", byName, StringComparison.Ordinal);
        Assert.DoesNotContain("Omar Haddad", byName, StringComparison.Ordinal);
        Assert.Contains("Ines Duarte", byTeam, StringComparison.Ordinal);
        Assert.DoesNotContain("Omar Haddad", byTeam, StringComparison.Ordinal);
        Assert.Contains("Omar Haddad", withoutTeam, StringComparison.Ordinal);
        Assert.DoesNotContain("Ines Duarte", withoutTeam, StringComparison.Ordinal);
        Assert.Contains("No user matches this search.", nobody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_user_list_sends_the_same_number_of_statements_whatever_the_number_of_users()
    {
        var admin = await App.CreateUserAsync(Roles.Admin);
        var team = await App.AddTeamAsync("Customer Success");
        using var http = await App.CreateSignedInClientAsync(admin);
        var (few, _) = await App.GetCountingSqlAsync(http, "/Admin/Users");
        for (var i = 0; i < 5; i++)
        {
            await App.CreateUserAsync([Roles.AccountManager, Roles.TeamLead], teamId: team);
        }

        var (many, html) = await App.GetCountingSqlAsync(http, "/Admin/Users");

        Assert.Equal(few.Count, many.Count);
        Assert.Contains("Customer Success", html, StringComparison.Ordinal);
    }

    private async Task<EditUser.Command> EditCommandAsync(string userId)
    {
        var user = await App.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == userId));
        return new EditUser.Command
        {
            Id = userId,
            DisplayName = user.DisplayName,
            Roles = await RolesOfAsync(userId),
            TeamId = user.TeamId,
            ConcurrencyStamp = user.ConcurrencyStamp,
        };
    }

    private Task<List<string>> RolesOfAsync(string userId) =>
        App.WithDbAsync(db => (
            from userRole in db.UserRoles
            join role in db.Roles on userRole.RoleId equals role.Id
            where userRole.UserId == userId
            orderby role.Name
            select role.Name!).ToListAsync());
}
