using System.Net;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Account;

public sealed class LoginTests(WebAppFixture app) : WebAppTest(app)
{
    private const string GenericFailure = "That email and password do not match an active account.";
    private const string MustWait = "Too many failed attempts to sign in to this account from here. Try again in 1 minute,";
    private static readonly int FailuresBeforeDelay = new SignInAttemptOptions().FailuresBeforeDelay;

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

    [Theory]
    [InlineData("an account")]
    [InlineData("no account")]
    public async Task Five_failed_attempts_make_the_next_one_from_that_address_wait_a_minute_whether_the_account_exists_or_not(string which)
    {
        var user = await App.CreateUserAsync(Roles.AccountManager);
        var email = which == "an account" ? user.Email : "nobody.here@tests.promisekeeper.test";
        using var http = App.CreateHttpClient();

        for (var attempt = 1; attempt < FailuresBeforeDelay; attempt++)
        {
            using var failed = await http.PostLoginAsync(email, $"wrong-password-number-{attempt}");
            Assert.Equal([GenericFailure], HttpForms.SummaryMessages(await failed.Content.ReadAsStringAsync()));
        }

        using var fifth = await http.PostLoginAsync(email, "wrong-password-number-5");
        using var sixth = await http.PostLoginAsync(email, TestUser.Password);

        foreach (var refused in new[] { fifth, sixth })
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            Assert.Equal(TimeSpan.FromMinutes(1), refused.Headers.RetryAfter?.Delta);
            Assert.StartsWith(MustWait, Assert.Single(HttpForms.SummaryMessages(await refused.Content.ReadAsStringAsync())), StringComparison.Ordinal);
        }

        await AssertSignedOutAsync(http);
    }

    [Fact]
    public async Task Failures_from_one_address_do_not_keep_the_owner_out_from_another_and_the_wait_ends()
    {
        var user = await App.CreateUserAsync(Roles.AccountManager);
        using var attacker = App.CreateHttpClient();
        attacker.DefaultRequestHeaders.Add(TestClientAddressStartupFilter.Header, "198.51.100.66");
        for (var attempt = 1; attempt <= FailuresBeforeDelay + 1; attempt++)
        {
            using var failed = await attacker.PostLoginAsync(user.Email, $"wrong-password-number-{attempt}");
        }

        using var owner = App.CreateHttpClient();
        using var ownerSignsIn = await owner.PostLoginAsync(user.Email, TestUser.Password);
        App.Clock.Now += TimeSpan.FromSeconds(30);
        using var attackerStillWaits = await attacker.PostLoginAsync(user.Email, TestUser.Password);
        App.Clock.Now += TimeSpan.FromSeconds(31);
        using var afterTheWait = await attacker.PostLoginAsync(user.Email, TestUser.Password);

        Assert.Equal(HttpStatusCode.Redirect, ownerSignsIn.StatusCode);
        // Attempts while waiting are refused without a check, so they neither count nor lengthen the wait.
        Assert.Equal(HttpStatusCode.TooManyRequests, attackerStillWaits.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(30), attackerStillWaits.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.Redirect, afterTheWait.StatusCode);
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
