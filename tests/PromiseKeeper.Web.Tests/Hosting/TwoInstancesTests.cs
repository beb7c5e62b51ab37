using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Hosting;

/// <summary>Two instances of the app on one database, as behind a load balancer that sends each request anywhere.</summary>
public sealed class TwoInstancesTests(WebAppFixture app) : WebAppTest(app)
{
    [Fact]
    public async Task A_sign_in_a_forms_antiforgery_token_and_a_flash_message_made_on_one_instance_work_on_the_other()
    {
        var user = await App.CreateUserAsync(Roles.AccountManager);
        var clientId = await App.AddClientAsync("Two Instances Client");
        var connectionString = App.Factory.Services.GetRequiredService<IConfiguration>().GetConnectionString("PromiseKeeper")!;
        await using var second = new PromiseKeeperFactory(connectionString, App.Clock, App.Sql);
        // One browser: the same cookies go to whichever instance answers.
        var cookies = new CookieContainer();
        using var first = App.Factory.CreateDefaultClient(new CookieContainerHandler(cookies));
        using var other = second.CreateDefaultClient(new CookieContainerHandler(cookies));

        // The login form from the first, posted to the second; the sign-in cookie the second sets, read by the first.
        var loginToken = await first.GetAntiforgeryTokenAsync("/Account/Login");
        using var login = await other.PostFormAsync("/Account/Login", new Dictionary<string, string>
        {
            ["Input.Email"] = user.Email,
            ["Input.Password"] = TestUser.Password,
            [HttpForms.TokenField] = loginToken,
        });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);

        // A form of the first, posted to the second, which leaves a flash message for the next page.
        var form = ValidForms.LogIncident(clientId);
        form.Add(new(HttpForms.TokenField, await first.GetAntiforgeryTokenAsync("/Incidents/Log")));
        using var logged = await other.PostFormAsync("/Incidents/Log", form);
        Assert.Equal(HttpStatusCode.Redirect, logged.StatusCode);

        using var details = await first.GetAsync(logged.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, details.StatusCode);
        Assert.Contains("The broken promise is logged.", await details.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
