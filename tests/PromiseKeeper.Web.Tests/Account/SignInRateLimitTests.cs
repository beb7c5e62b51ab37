using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Account;

/// <summary>The sign-in form's rate limits (ASP.NET Core's rate limiter), on an app of their own with low limits.</summary>
public sealed class SignInRateLimitTests(WebAppFixture app) : WebAppTest(app)
{
    private const int Limit = 3;

    [Fact]
    public async Task One_address_gets_a_few_attempts_a_minute_then_a_429_page_that_says_when_to_try_again()
    {
        var users = new List<TestUser>();
        for (var i = 0; i <= Limit; i++)
        {
            users.Add(await App.CreateUserAsync(Roles.AccountManager));
        }

        await using var limited = LimitedApp("AttemptsPerAddress");

        // Different accounts, all with the right password: the address's limit counts every attempt.
        for (var i = 0; i < Limit; i++)
        {
            using var browser = From(limited, "198.51.100.23");
            using var allowed = await browser.PostLoginAsync(users[i].Email, TestUser.Password);
            Assert.Equal(HttpStatusCode.Redirect, allowed.StatusCode);
        }

        using var http = From(limited, "198.51.100.23");
        using var refused = await http.PostLoginAsync(users[Limit].Email, TestUser.Password);
        using var elsewhere = From(limited, "198.51.100.24");
        using var fromElsewhere = await elsewhere.PostLoginAsync(users[Limit].Email, TestUser.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter?.Delta);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("<h1 class=\"h3\">Too many sign-in attempts</h1>", html, StringComparison.Ordinal);
        Assert.Matches("Try again in [0-9]+ (second|minute)s?\\.", html);
        Assert.Contains("<title>", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, fromElsewhere.StatusCode);
    }

    [Fact]
    public async Task One_account_gets_a_few_attempts_a_minute_from_all_addresses_together()
    {
        var user = await App.CreateUserAsync(Roles.AccountManager);
        var other = await App.CreateUserAsync(Roles.AccountManager);
        await using var limited = LimitedApp("AttemptsPerAccount");

        for (var i = 0; i < Limit; i++)
        {
            using var http = From(limited, $"198.51.100.{30 + i}");
            using var failed = await http.PostLoginAsync(user.Email, "a-wrong-password-123");
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }

        using var fresh = From(limited, "198.51.100.40");
        using var refused = await fresh.PostLoginAsync(user.Email.ToUpperInvariant(), TestUser.Password);
        using var otherBrowser = From(limited, "198.51.100.40");
        using var otherAccount = await otherBrowser.PostLoginAsync(other.Email, TestUser.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, otherAccount.StatusCode);
    }

    /// <summary>A new browser at <paramref name="address"/>.</summary>
    private static HttpClient From(WebApplicationFactory<Program> app, string address)
    {
        var http = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        http.DefaultRequestHeaders.Add(TestClientAddressStartupFilter.Header, address);
        return http;
    }

    private WebApplicationFactory<Program> LimitedApp(string setting) =>
        App.Factory.WithWebHostBuilder(builder => builder.UseSetting($"{SignInAttemptOptions.Section}:{setting}", Limit.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
