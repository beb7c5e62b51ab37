using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PromiseKeeper.Domain;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Pages.Admin.Users;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Admin.Users;

public sealed class DeactivationTests(WebAppFixture app) : WebAppTest(app)
{
    private static readonly TimeSpan PastTheValidationInterval = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task A_deactivated_user_cannot_sign_in_and_can_again_once_reactivated()
    {
        var admin = await App.CreateUserAsync(Roles.Admin);
        var member = await App.CreateUserAsync(Roles.AccountManager);
        App.Clock.Now = FixedClock.Start.AddHours(1);

        await App.SendAsync(admin, m => m.Send(new SetActive.Command(member.Id, Active: false)));

        var stored = await App.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == member.Id));
        Assert.Equal((false, (DateTimeOffset?)App.Clock.Now), (stored.IsActive, stored.DeactivatedAt));
        using (var http = App.CreateHttpClient())
        {
            using var refused = await http.PostLoginAsync(member.Email, TestUser.Password);
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            using var list = await http.GetAsync(new Uri("/Incidents", UriKind.Relative));
            Assert.StartsWith("/Account/Login", list.Location(), StringComparison.Ordinal);
        }

        await App.SendAsync(admin, m => m.Send(new SetActive.Command(member.Id, Active: true)));

        Assert.Null(await App.WithDbAsync(db => db.Users.Where(u => u.Id == member.Id).Select(u => u.DeactivatedAt).SingleAsync()));
        using var again = App.CreateHttpClient();
        using var accepted = await again.PostLoginAsync(member.Email, TestUser.Password);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
    }

    [Fact]
    public async Task Deactivation_ends_an_existing_login_within_a_minute()
    {
        var admin = await App.CreateUserAsync(Roles.Admin);
        var member = await App.CreateUserAsync(Roles.AccountManager);
        using var memberHttp = await App.CreateSignedInClientAsync(member);
        using var adminHttp = await App.CreateSignedInClientAsync(admin);
        using (var before = await memberHttp.GetAsync(new Uri("/Incidents", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        using var deactivate = await adminHttp.PostPageAsync($"/Admin/Users/{member.Id}", "Deactivate");
        Assert.Equal(HttpStatusCode.Redirect, deactivate.StatusCode);
        App.Clock.Now += PastTheValidationInterval;

        using var after = await memberHttp.GetAsync(new Uri("/Incidents", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/Account/Login", after.Location(), StringComparison.Ordinal);
        using var home = await memberHttp.GetAsync(new Uri("/", UriKind.Relative));
        Assert.StartsWith("/Account/Login", home.Location(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_login_of_a_user_marked_inactive_ends_even_if_the_security_stamp_did_not_change()
    {
        var member = await App.CreateUserAsync(Roles.AccountManager);
        using var memberHttp = await App.CreateSignedInClientAsync(member);
        await App.WithDbAsync(db => db.Users.Where(u => u.Id == member.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.IsActive, false)));
        App.Clock.Now += PastTheValidationInterval;

        using var after = await memberHttp.GetAsync(new Uri("/Incidents", UriKind.Relative));

        Assert.StartsWith("/Account/Login", after.Location(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_role_change_reaches_an_existing_login_within_a_minute_without_signing_it_out()
    {
        var admin = await App.CreateUserAsync(Roles.Admin);
        var member = await App.CreateUserAsync(Roles.AccountManager);
        using var memberHttp = await App.CreateSignedInClientAsync(member);
        using var adminHttp = await App.CreateSignedInClientAsync(admin);
        using (var before = await memberHttp.GetAsync(new Uri("/Incidents/Log", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        var path = $"/Admin/Users/{member.Id}";
        var stamp = HttpForms.InputValue(await adminHttp.GetHtmlAsync(path), "Data.ConcurrencyStamp")!;
        using var change = await adminHttp.PostPageAsync(path, null,
            ("Data.DisplayName", member.DisplayName), ("Data.Roles", Roles.Legal), ("Data.ConcurrencyStamp", stamp));
        Assert.Equal(HttpStatusCode.Redirect, change.StatusCode);
        App.Clock.Now += PastTheValidationInterval;

        using var log = await memberHttp.GetAsync(new Uri("/Incidents/Log", UriKind.Relative));
        using var list = await memberHttp.GetAsync(new Uri("/Incidents", UriKind.Relative));

        Assert.StartsWith("/Account/AccessDenied", log.Location(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
    }

    [Fact]
    public async Task An_admin_cannot_deactivate_themselves()
    {
        var admin = await App.CreateUserAsync(Roles.Admin);
        using var http = await App.CreateSignedInClientAsync(admin);

        using var response = await http.PostPageAsync($"/Admin/Users/{admin.Id}", "Deactivate");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(
            "You cannot deactivate your own account. Ask another admin if it really should be closed.",
            WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()),
            StringComparison.Ordinal);
        await Assert.ThrowsAsync<DomainException>(async () => await App.SendAsync(admin, m => m.Send(new SetActive.Command(admin.Id, Active: false))));
        Assert.True(await App.WithDbAsync(db => db.Users.Where(u => u.Id == admin.Id).Select(u => u.IsActive).SingleAsync()));
    }

    [Fact]
    public async Task The_login_cookie_carries_the_team_and_the_current_user_reads_it()
    {
        var team = await App.AddTeamAsync("Customer Success");
        var member = await App.CreateUserAsync(Roles.AccountManager, teamId: team);
        var loner = await App.CreateUserAsync(Roles.Legal);

        await using var scope = App.Factory.Services.CreateAsyncScope();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<ApplicationUser>>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var memberPrincipal = await signIn.CreateUserPrincipalAsync((await users.FindByIdAsync(member.Id))!);
        var lonerPrincipal = await signIn.CreateUserPrincipalAsync((await users.FindByIdAsync(loner.Id))!);

        Assert.Equal(team.ToString(System.Globalization.CultureInfo.InvariantCulture), memberPrincipal.FindFirstValue(AppClaimTypes.TeamId));
        Assert.Null(lonerPrincipal.FindFirstValue(AppClaimTypes.TeamId));
        Assert.Equal((int?)team, CurrentUserOf(scope.ServiceProvider, memberPrincipal).TeamId);
        Assert.Null(CurrentUserOf(scope.ServiceProvider, lonerPrincipal).TeamId);
    }

    private static ICurrentUser CurrentUserOf(IServiceProvider services, ClaimsPrincipal principal)
    {
        services.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext { User = principal };
        return services.GetRequiredService<ICurrentUser>();
    }
}
