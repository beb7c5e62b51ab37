using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Hosting;

/// <summary>
/// Behind a reverse proxy: the forwarded client address and scheme count only from the configured proxy
/// (<see cref="PromiseKeeperFactory.TrustedProxy"/>), HTTPS brings Secure cookies and HSTS, and only allowed hosts are answered.
/// </summary>
public sealed class BehindProxyTests(WebAppFixture app) : WebAppTest(app)
{
    private const string Client = "198.51.100.77";

    [Fact]
    public async Task The_audit_log_records_the_client_address_the_trusted_proxy_forwards()
    {
        var user = await App.CreateUserAsync(Roles.AccountManager);
        using var http = Through(PromiseKeeperFactory.TrustedProxy);
        http.DefaultRequestHeaders.Add("X-Forwarded-For", Client);

        using var response = await http.PostLoginAsync(user.Email, TestUser.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(Client, await LastAuditAddressAsync());
    }

    [Fact]
    public async Task Forwarded_headers_from_any_other_address_are_ignored()
    {
        var user = await App.CreateUserAsync(Roles.AccountManager);
        using var http = Through("203.0.113.99");
        http.DefaultRequestHeaders.Add("X-Forwarded-For", Client);
        http.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        using var response = await http.PostLoginAsync(user.Email, TestUser.Password);

        Assert.Equal("203.0.113.99", await LastAuditAddressAsync());
        Assert.All(response.Headers.GetValues(HeaderNames.SetCookie), cookie => Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase));
        Assert.False(response.Headers.Contains(HeaderNames.StrictTransportSecurity));
    }

    [Fact]
    public async Task Over_https_through_the_proxy_cookies_are_secure_and_hsts_is_sent()
    {
        var user = await App.CreateUserAsync(Roles.AccountManager);
        // Cookies marked Secure are not sent back over the test's plain connection, so this client sends them itself.
        using var http = App.Factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        http.DefaultRequestHeaders.Add(TestClientAddressStartupFilter.Header, PromiseKeeperFactory.TrustedProxy);
        http.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        http.DefaultRequestHeaders.Host = PromiseKeeperFactory.AllowedHost;

        using var page = await http.GetAsync(new Uri("/Account/Login", UriKind.Relative));
        var token = HttpForms.AntiforgeryToken(await page.Content.ReadAsStringAsync());
        var antiforgery = page.Headers.GetValues(HeaderNames.SetCookie).Single();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/Account/Login", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Email"] = user.Email,
                ["Input.Password"] = TestUser.Password,
                [HttpForms.TokenField] = token,
            }),
        };
        request.Headers.Add(HeaderNames.Cookie, antiforgery.Split(';')[0]);
        using var signIn = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var cookies = signIn.Headers.GetValues(HeaderNames.SetCookie).Append(antiforgery).ToList();
        Assert.Contains(cookies, c => c.StartsWith("PromiseKeeper.Auth=", StringComparison.Ordinal));
        Assert.All(cookies, cookie => Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase));
        Assert.StartsWith("max-age=31536000", page.Headers.GetValues(HeaderNames.StrictTransportSecurity).Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("promisekeeper.test.evil.example")]
    public async Task A_host_that_is_not_allowed_gets_400_and_is_never_echoed(string host)
    {
        using var http = App.CreateHttpClient();
        http.DefaultRequestHeaders.Host = host;

        using var response = await http.GetAsync(new Uri("/Incidents", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.DoesNotContain(host, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_redirect_to_sign_in_is_a_path_not_an_address_built_from_the_host()
    {
        using var http = App.CreateHttpClient();
        http.DefaultRequestHeaders.Host = PromiseKeeperFactory.AllowedHost;

        using var response = await http.GetAsync(new Uri("/Incidents", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Login?ReturnUrl=%2FIncidents", response.Headers.Location?.OriginalString);
    }

    private HttpClient Through(string address)
    {
        var http = App.CreateHttpClient();
        http.DefaultRequestHeaders.Add(TestClientAddressStartupFilter.Header, address);
        return http;
    }

    private Task<string?> LastAuditAddressAsync() =>
        App.WithDbAsync(db => db.AuditEntries.OrderByDescending(e => e.Id).Select(e => e.IpAddress).FirstAsync());
}
