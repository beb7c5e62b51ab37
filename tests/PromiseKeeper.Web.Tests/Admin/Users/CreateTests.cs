using System.Net;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Web.Pages.Admin;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Admin.Users;

public sealed class CreateTests(WebAppFixture app) : WebAppTest(app)
{
    private const string NewPassword = "a-long-enough-password";

    [Fact]
    public async Task An_admin_adds_a_user_with_roles_and_team_who_can_then_sign_in()
    {
        var admin = await App.CreateUserAsync(Roles.Admin);
        var teamId = await App.AddTeamAsync("Customer Success");
        using var http = await App.CreateSignedInClientAsync(admin);

        using var response = await http.PostPageAsync("/Admin/Users/Create", null,
            ("Data.Email", "  nora.lind@tests.promisekeeper.test "),
            ("Data.DisplayName", " Nora Lind "),
            ("Data.Roles", Roles.AccountManager),
            ("Data.Roles", Roles.TeamLead),
            ("Data.TeamId", teamId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Data.Password", NewPassword));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await App.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == "nora.lind@tests.promisekeeper.test"));
        Assert.Equal($"/Admin/Users/{stored.Id}", response.Location());
        Assert.Equal(("Nora Lind", (int?)teamId, true), (stored.DisplayName, stored.TeamId, stored.IsActive));
        Assert.Equal([Roles.AccountManager, Roles.TeamLead], await RolesOfAsync(stored.Id));

        using var newcomer = App.CreateHttpClient();
        using var login = await newcomer.PostLoginAsync("nora.lind@tests.promisekeeper.test", NewPassword);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
    }

    [Fact]
    public async Task An_admin_adds_a_head_of_customer_success_without_a_team_who_then_reads_every_team_s_reviews()
    {
        var admin = await App.CreateUserAsync(Roles.Admin);
        using var http = await App.CreateSignedInClientAsync(admin);
        var form = await http.GetHtmlAsync("/Admin/Users/Create");
        Assert.Contains($"value=\"{Roles.HeadOfCustomerSuccess}\"", form, StringComparison.Ordinal);
        Assert.Contains("Head of customer success", form, StringComparison.Ordinal);

        using var response = await http.PostPageAsync("/Admin/Users/Create", null,
            ("Data.Email", "nika.zupan@tests.promisekeeper.test"),
            ("Data.DisplayName", "Nika Zupan"),
            ("Data.Roles", Roles.HeadOfCustomerSuccess),
            ("Data.Password", NewPassword));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await App.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == "nika.zupan@tests.promisekeeper.test"));
        Assert.Null(stored.TeamId);
        Assert.Equal([Roles.HeadOfCustomerSuccess], await RolesOfAsync(stored.Id));
        var list = await http.GetHtmlAsync("/Admin/Users");
        Assert.Contains("Head of customer success", list, StringComparison.Ordinal);

        using var head = App.CreateHttpClient();
        using var login = await head.PostLoginAsync("nika.zupan@tests.promisekeeper.test", NewPassword);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        using var reviews = await head.GetAsync(new Uri("/Reviews", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, reviews.StatusCode);
        using var audit = await head.GetAsync(new Uri("/Audit", UriKind.Relative));
        Assert.StartsWith("/Account/AccessDenied", audit.Location(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_fields_are_named_next_to_each_field_and_nothing_is_stored()
    {
        var admin = await App.CreateUserAsync(Roles.Admin);
        using var http = await App.CreateSignedInClientAsync(admin);

        using var response = await http.PostPageAsync("/Admin/Users/Create", null, ("Data.Email", ""), ("Data.DisplayName", " "));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal("Enter the email address the person signs in with.", HttpForms.ValidationMessage(html, "Data.Email"));
        Assert.Equal("Enter the name colleagues will see.", HttpForms.ValidationMessage(html, "Data.DisplayName"));
        Assert.Equal("Choose at least one role.", HttpForms.ValidationMessage(html, "Data.Roles"));
        Assert.Equal("Enter a password.", HttpForms.ValidationMessage(html, "Data.Password"));
        Assert.Equal(1, await App.WithDbAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task A_short_password_shows_the_password_rule_keeps_the_other_input_and_is_not_sent_back()
    {
        var admin = await App.CreateUserAsync(Roles.Admin);
        using var http = await App.CreateSignedInClientAsync(admin);

        using var response = await http.PostPageAsync("/Admin/Users/Create", null,
            ("Data.Email", "short@tests.promisekeeper.test"),
            ("Data.DisplayName", "Sho Rt"),
            ("Data.Roles", Roles.Legal),
            ("Data.Password", "tooshort"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal("Passwords must be at least 12 characters.", HttpForms.ValidationMessage(html, "Data.Password"));
        Assert.Equal("Sho Rt", HttpForms.InputValue(html, "Data.DisplayName"));
        Assert.Null(HttpForms.InputValue(html, "Data.Password"));
        Assert.Equal(0, await App.WithDbAsync(db => db.Users.CountAsync(u => u.Email == "short@tests.promisekeeper.test")));
    }

    [Fact]
    public async Task An_email_that_is_already_taken_in_any_case_is_refused_on_the_email_field()
    {
        var admin = await App.CreateUserAsync(Roles.Admin);
        var existing = await App.CreateUserAsync(Roles.AccountManager);
        using var http = await App.CreateSignedInClientAsync(admin);

        using var response = await http.PostPageAsync("/Admin/Users/Create", null,
            ("Data.Email", existing.Email.ToUpperInvariant()),
            ("Data.DisplayName", "Someone Else"),
            ("Data.Roles", Roles.AccountManager),
            ("Data.Password", NewPassword));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(UserAdmin.DuplicateEmailMessage, HttpForms.ValidationMessage(await response.Content.ReadAsStringAsync(), "Data.Email"));
        Assert.Equal(2, await App.WithDbAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task A_team_that_does_not_exist_and_an_unknown_role_are_refused()
    {
        var admin = await App.CreateUserAsync(Roles.Admin);
        using var http = await App.CreateSignedInClientAsync(admin);

        using var response = await http.PostPageAsync("/Admin/Users/Create", null,
            ("Data.Email", "ghost@tests.promisekeeper.test"),
            ("Data.DisplayName", "Ghost"),
            ("Data.Roles", "SuperUser"),
            ("Data.TeamId", "987654"),
            ("Data.Password", NewPassword));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal("Choose roles from the list.", HttpForms.ValidationMessage(html, "Data.Roles"));
        Assert.Equal("That team no longer exists; choose another one.", HttpForms.ValidationMessage(html, "Data.TeamId"));
    }

    private Task<List<string>> RolesOfAsync(string userId) =>
        App.WithDbAsync(db => (
            from userRole in db.UserRoles
            join role in db.Roles on userRole.RoleId equals role.Id
            where userRole.UserId == userId
            orderby role.Name
            select role.Name!).ToListAsync());
}
