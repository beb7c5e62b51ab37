using System.Net;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Admin.Users;

public sealed class ResetPasswordTests(WebAppFixture app) : WebAppTest(app)
{
    private const string NewPassword = "a-brand-new-password";

    [Fact]
    public async Task After_a_reset_the_old_password_fails_the_new_one_works_and_a_lockout_is_lifted()
    {
        var admin = await App.CreateUserAsync(Roles.Admin);
        var member = await App.CreateUserAsync(Roles.AccountManager);
        await App.WithDbAsync(db => db.Users.Where(u => u.Id == member.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.LockoutEnd, FixedClock.Start.AddMinutes(10)).SetProperty(x => x.AccessFailedCount, 5)));
        using var adminHttp = await App.CreateSignedInClientAsync(admin);

        using var response = await adminHttp.PostPageAsync($"/Admin/Users/{member.Id}", "ResetPassword", ("Password.NewPassword", NewPassword));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var http = App.CreateHttpClient();
        using (var old = await http.PostLoginAsync(member.Email, TestUser.Password))
        {
            Assert.Equal(HttpStatusCode.OK, old.StatusCode);
        }

        using var fresh = await http.PostLoginAsync(member.Email, NewPassword);
        Assert.Equal(HttpStatusCode.Redirect, fresh.StatusCode);
    }

    [Fact]
    public async Task A_reset_ends_an_existing_login_within_a_minute()
    {
        var admin = await App.CreateUserAsync(Roles.Admin);
        var member = await App.CreateUserAsync(Roles.AccountManager);
        using var memberHttp = await App.CreateSignedInClientAsync(member);
        using var adminHttp = await App.CreateSignedInClientAsync(admin);

        using var response = await adminHttp.PostPageAsync($"/Admin/Users/{member.Id}", "ResetPassword", ("Password.NewPassword", NewPassword));
        App.Clock.Now += TimeSpan.FromMinutes(2);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var after = await memberHttp.GetAsync(new Uri("/Incidents", UriKind.Relative));
        Assert.StartsWith("/Account/Login", after.Location(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_password_that_breaks_the_rules_is_refused_next_to_its_field()
    {
        var admin = await App.CreateUserAsync(Roles.Admin);
        var member = await App.CreateUserAsync(Roles.AccountManager, "Bea Novak");
        var hashBefore = await App.WithDbAsync(db => db.Users.Where(u => u.Id == member.Id).Select(u => u.PasswordHash).SingleAsync());
        using var http = await App.CreateSignedInClientAsync(admin);

        using var response = await http.PostPageAsync($"/Admin/Users/{member.Id}", "ResetPassword", ("Password.NewPassword", "short"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal("Passwords must be at least 12 characters.", HttpForms.ValidationMessage(html, "Password.NewPassword"));
        Assert.Equal("Bea Novak", HttpForms.InputValue(html, "Data.DisplayName"));
        Assert.Equal(hashBefore, await App.WithDbAsync(db => db.Users.Where(u => u.Id == member.Id).Select(u => u.PasswordHash).SingleAsync()));
    }

    [Fact]
    public async Task A_missing_password_is_named_on_the_password_form_not_on_the_profile_form()
    {
        var admin = await App.CreateUserAsync(Roles.Admin);
        var member = await App.CreateUserAsync(Roles.AccountManager, "Bea Novak");
        using var http = await App.CreateSignedInClientAsync(admin);

        using var response = await http.PostPageAsync($"/Admin/Users/{member.Id}", "ResetPassword", ("Password.NewPassword", ""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal("Enter a password.", HttpForms.ValidationMessage(html, "Password.NewPassword"));
        Assert.DoesNotContain("Data.NewPassword", html, StringComparison.Ordinal);
        Assert.Equal(string.Empty, HttpForms.ValidationMessage(html, "Data.DisplayName"));
        Assert.Equal("Bea Novak", HttpForms.InputValue(html, "Data.DisplayName"));
    }
}
