using System.Net;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests;

public sealed class ErrorPageTests(WebAppFixture app) : WebAppTest(app)
{
    [Fact]
    public async Task An_unexpected_error_shows_a_generic_page_with_a_request_id_and_no_details()
    {
        var user = await App.CreateUserAsync(Roles.AccountManager);
        using var http = await App.CreateSignedInClientAsync(user);

        using var response = await http.GetAsync(new Uri(FailingEndpointStartupFilter.Path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Something went wrong", html, StringComparison.Ordinal);
        Assert.Matches("quote this request id: <code>[^<]+</code>", html);
        Assert.DoesNotContain(FailingEndpointStartupFilter.SecretDetail, html, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_address_is_a_404_page()
    {
        var user = await App.CreateUserAsync(Roles.AccountManager);
        using var http = await App.CreateSignedInClientAsync(user);

        using var response = await http.GetAsync(new Uri("/no/such/page", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_value_over_the_size_limit_comes_back_with_a_message_next_to_its_field_and_nothing_is_stored()
    {
        var user = await App.CreateUserAsync(Roles.AccountManager);
        using var http = await App.CreateSignedInClientAsync(user);
        var token = await http.GetAntiforgeryTokenAsync("/Incidents/Log");

        using var response = await http.PostFormAsync("/Incidents/Log", new Dictionary<string, string>
        {
            ["Data.Summary"] = new string('x', RequestLimits.MaxFormValueBytes + 1),
            [HttpForms.TokenField] = token,
        });

        // Issue 19: no generic 400 page that loses the input; the form again, the field saying what happened.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(UnsafeFormValuesPageFilter.TooLongMessage, HttpForms.ValidationMessage(await response.Content.ReadAsStringAsync(), "Data.Summary"));
        Assert.Equal(0, await App.WithDbAsync(db => Task.FromResult(db.Incidents.Count())));
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers()
    {
        using var http = App.CreateHttpClient();

        using var response = await http.GetAsync(new Uri("/Account/Login", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }
}
