using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Net.Http.Headers;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Account;

/// <summary>Signing out ends the login on the server: a copy of its cookie stops working, here at once and on another instance within the check interval.</summary>
public sealed class SessionTests(WebAppFixture app) : WebAppTest(app)
{
    private static readonly LoginSessionOptions Defaults = new();

    [Fact]
    public async Task After_signing_out_a_copy_of_the_cookie_no_longer_works_but_the_users_other_logins_do()
    {
        var user = await App.CreateUserAsync(Roles.AccountManager);
        using var browser = await App.CreateSignedInClientAsync(user);
        using var otherBrowser = await App.CreateSignedInClientAsync(user);
        using var copy = await CopyOfAsync(browser);

        await SignOutAsync(browser, "/Account/Logout");

        Assert.True(await IsSignedOutAsync(copy));
        Assert.False(await IsSignedOutAsync(otherBrowser));
    }

    [Fact]
    public async Task Sign_out_everywhere_ends_every_login_of_the_user_and_no_one_elses()
    {
        var user = await App.CreateUserAsync(Roles.AccountManager);
        var colleague = await App.CreateUserAsync(Roles.AccountManager);
        using var browser = await App.CreateSignedInClientAsync(user);
        using var phone = await App.CreateSignedInClientAsync(user);
        using var colleagues = await App.CreateSignedInClientAsync(colleague);

        await SignOutAsync(browser, "/Account/Sessions");

        Assert.True(await IsSignedOutAsync(phone));
        Assert.False(await IsSignedOutAsync(colleagues));
        using var again = await App.CreateSignedInClientAsync(user);
        Assert.False(await IsSignedOutAsync(again));
    }

    [Fact]
    public async Task Another_instance_ends_a_signed_out_login_at_its_next_check()
    {
        var user = await App.CreateUserAsync(Roles.AccountManager);
        using var browser = await App.CreateSignedInClientAsync(user);
        // A second app on the same database, with its own memory: another instance.
        await using var otherInstance = App.Factory.WithWebHostBuilder(_ => { });
        using var copyThere = otherInstance.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        copyThere.DefaultRequestHeaders.Add(HeaderNames.Cookie, await CookieHeaderAsync(browser));
        Assert.False(await IsSignedOutAsync(copyThere));

        await SignOutAsync(browser, "/Account/Logout");
        App.Clock.Now += Defaults.CheckInterval + TimeSpan.FromSeconds(1);

        Assert.True(await IsSignedOutAsync(copyThere));
    }

    [Fact]
    public async Task A_login_ends_after_its_absolute_lifetime_however_active_it_is()
    {
        var user = await App.CreateUserAsync(Roles.AccountManager);
        using var browser = await App.CreateSignedInClientAsync(user);
        var step = Defaults.IdleTimeout / 2;
        var elapsed = TimeSpan.Zero;
        while (elapsed + step < Defaults.AbsoluteLifetime)
        {
            App.Clock.Now += step;
            elapsed += step;
            Assert.False(await IsSignedOutAsync(browser), $"signed out after {elapsed}");
        }

        App.Clock.Now += Defaults.AbsoluteLifetime - elapsed + TimeSpan.FromMinutes(1);

        Assert.True(await IsSignedOutAsync(browser));
    }

    private static async Task SignOutAsync(HttpClient http, string page)
    {
        // Every page's layout has the sign-out form; /Account/Sessions also has its own.
        var token = await http.GetAntiforgeryTokenAsync("/Account/Sessions");
        using var response = await http.PostFormAsync(page, [new(HttpForms.TokenField, token)]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Login", response.Headers.Location?.OriginalString);
    }

    /// <summary>A client that sends the same cookies as <paramref name="http"/> (someone who copied them).</summary>
    private async Task<HttpClient> CopyOfAsync(HttpClient http)
    {
        var copy = App.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        copy.DefaultRequestHeaders.Add(HeaderNames.Cookie, await CookieHeaderAsync(http));
        return copy;
    }

    /// <summary>The Cookie header <paramref name="http"/> sends (the test client's cookie handler writes it on the request).</summary>
    private static async Task<string> CookieHeaderAsync(HttpClient http)
    {
        using var response = await http.GetAsync(new Uri("/Account/Sessions", UriKind.Relative));
        var cookies = response.RequestMessage?.Headers.TryGetValues(HeaderNames.Cookie, out var values) == true ? string.Join("; ", values) : null;
        return cookies ?? throw new InvalidOperationException("The client sent no cookie.");
    }

    private static async Task<bool> IsSignedOutAsync(HttpClient http)
    {
        using var response = await http.GetAsync(new Uri("/Account/Sessions", UriKind.Relative));
        return response.StatusCode == HttpStatusCode.Redirect
            && response.Headers.Location?.OriginalString.StartsWith("/Account/Login", StringComparison.Ordinal) == true;
    }
}
