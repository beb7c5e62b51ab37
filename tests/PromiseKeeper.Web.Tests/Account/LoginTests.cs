using System.Net;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Account;

public sealed class LoginTests(WebAppFixture app) : WebAppTest(app)
{
    private const string GenericFailure = "That email and password do not match an active account.";
    private const string LockedOut = "Too many failed attempts: this account is locked for 15 minutes.";

    [Fact]
    public async Task The_right_password_signs_in_and_opens_the_incident_list()
    {
        var user = await App.CreateUserAsync(Roles.AccountManager);
        using var http = App.CreateHttpClient();

        using var login = await http.PostLoginAsync(user.Email, TestUser.Password);
        using var list = await http.GetAsync(new Uri("/Incidents", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal("/", login.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
    }

    [Fact]
    public async Task Signing_in_returns_to_a_local_return_url_but_never_to_another_site()
    {
        var user = await App.CreateUserAsync(Roles.AccountManager);

        Assert.Equal("/Incidents/Log", await SignInWithReturnUrlAsync(user, "/Incidents/Log"));
        Assert.Equal("/", await SignInWithReturnUrlAsync(user, "https://evil.example/steal"));
        Assert.Equal("/", await SignInWithReturnUrlAsync(user, "//evil.example/steal"));
    }

    [Theory]
    [InlineData("wrong password")]
    [InlineData("unknown email")]
    public async Task A_failed_sign_in_shows_the_same_generic_message(string mistake)
    {
        var user = await App.CreateUserAsync(Roles.AccountManager);
        using var http = App.CreateHttpClient();
        var (email, password) = mistake == "wrong password"
            ? (user.Email, "not-the-right-password")
            : ("nobody@tests.promisekeeper.test", TestUser.Password);

        using var response = await http.PostLoginAsync(email, password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal([GenericFailure], HttpForms.SummaryMessages(html));
        await AssertSignedOutAsync(http);
    }

    [Fact]
    public async Task Five_failed_attempts_lock_the_account_so_even_the_right_password_is_refused()
    {
        var user = await App.CreateUserAsync(Roles.AccountManager);
        using var http = App.CreateHttpClient();

        for (var attempt = 1; attempt < IdentitySettings.MaxFailedLogins; attempt++)
        {
            using var failed = await http.PostLoginAsync(user.Email, $"wrong-password-number-{attempt}");
            Assert.Equal([GenericFailure], HttpForms.SummaryMessages(await failed.Content.ReadAsStringAsync()));
        }

        using var fifth = await http.PostLoginAsync(user.Email, "wrong-password-number-5");
        Assert.Equal(HttpStatusCode.OK, fifth.StatusCode);
        using var sixth = await http.PostLoginAsync(user.Email, TestUser.Password);

        Assert.Equal(HttpStatusCode.OK, sixth.StatusCode);
        var messages = HttpForms.SummaryMessages(await sixth.Content.ReadAsStringAsync());
        var message = Assert.Single(messages);
        Assert.StartsWith(LockedOut, message, StringComparison.Ordinal);
        await AssertSignedOutAsync(http);
    }

    [Fact]
    public async Task An_anonymous_visit_to_the_incident_list_is_sent_to_the_login_page()
    {
        using var http = App.CreateHttpClient();

        using var response = await http.GetAsync(new Uri("/Incidents", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        var target = location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
        Assert.Equal("/Account/Login?ReturnUrl=%2FIncidents", target);
    }

    private async Task<string?> SignInWithReturnUrlAsync(TestUser user, string returnUrl)
    {
        using var http = App.CreateHttpClient();
        var token = await http.GetAntiforgeryTokenAsync("/Account/Login");
        using var response = await http.PostFormAsync("/Account/Login", new Dictionary<string, string>
        {
            ["Input.Email"] = user.Email,
            ["Input.Password"] = TestUser.Password,
            ["ReturnUrl"] = returnUrl,
            [HttpForms.TokenField] = token,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location?.OriginalString;
    }

    private static async Task AssertSignedOutAsync(HttpClient http)
    {
        using var response = await http.GetAsync(new Uri("/Incidents", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }
}
