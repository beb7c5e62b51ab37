using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using PromiseKeeper.Tests.Shared;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Faults;

/// <summary>PostgreSQL goes away (a relay in front of it is switched off) and comes back.</summary>
public sealed class DatabaseOutageTests(WebAppFixture app) : WebAppTest(app)
{
    private static readonly WebApplicationFactoryClientOptions Browser = new() { AllowAutoRedirect = false, HandleCookies = true };

    [Fact]
    public async Task During_an_outage_pages_answer_503_and_a_posted_form_comes_back_with_the_input_and_could_not_save()
    {
        var user = await App.CreateUserAsync(Roles.AccountManager);
        var clientId = await App.AddClientAsync("Outage Client");
        var (proxy, relayed) = TcpProxy.For(App.ConnectionString);
        await using var _ = proxy;
        proxy.Start();
        await using var host = new PromiseKeeperFactory(relayed, App.Clock, App.Sql);
        using var http = host.CreateClient(Browser);
        using var login = await http.PostLoginAsync(user.Email, TestUser.Password);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var form = ValidForms.LogIncident(clientId);
        form.Add(new(HttpForms.TokenField, await http.GetAntiforgeryTokenAsync("/Incidents/Log")));

        proxy.Stop();
        using var list = await http.GetAsync(new Uri("/Incidents", UriKind.Relative));
        using var posted = await http.PostFormAsync("/Incidents/Log", form);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, list.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(DatabaseUnavailable.RetryAfterSeconds), list.Headers.RetryAfter?.Delta);
        Assert.Contains("The database is not answering", await list.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, posted.StatusCode);
        Assert.NotNull(posted.Headers.RetryAfter);
        var html = await posted.Content.ReadAsStringAsync();
        Assert.Contains(DatabaseUnavailable.CouldNotSave, WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Equal("Release 2.4 shipped three weeks late", HttpForms.InputValue(html, "Data.Summary"));

        proxy.Start();
        using var again = await http.PostFormAsync("/Incidents/Log", form);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
    }

    [Fact]
    public async Task A_form_whose_page_cannot_be_shown_during_an_outage_gets_the_503_page_that_keeps_its_draft_in_the_browser()
    {
        var user = await App.CreateUserAsync(Roles.AccountManager);
        var id = (await App.AnIncident(user).SaveAsync()).Id;
        var (proxy, relayed) = TcpProxy.For(App.ConnectionString);
        await using var _ = proxy;
        proxy.Start();
        await using var host = new PromiseKeeperFactory(relayed, App.Clock, App.Sql);
        using var http = host.CreateClient(Browser);
        using var login = await http.PostLoginAsync(user.Email, TestUser.Password);
        var path = $"/Incidents/{id}/Origin";
        var token = await http.GetAntiforgeryTokenAsync(path);

        proxy.Stop();
        using var shown = await http.GetAsync(new Uri(path, UriKind.Relative));
        using var posted = await http.PostFormAsync(path, [new(HttpForms.TokenField, token), new("Data.Findings", "Typed while the database was down")]);

        // The page around the form needs the incident, so the answer is the 503 page; form-drafts.js keeps the fields.
        Assert.Equal(HttpStatusCode.ServiceUnavailable, posted.StatusCode);
        var html = await posted.Content.ReadAsStringAsync();
        Assert.Contains("The database is not answering", html, StringComparison.Ordinal);
        Assert.Contains("data-form-draft-kept", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, shown.StatusCode);
        Assert.DoesNotContain("data-form-draft-kept", await shown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_instance_without_start_up_migrations_serves_while_the_database_is_down_and_is_ready_once_it_answers()
    {
        var (proxy, relayed) = TcpProxy.For(App.ConnectionString);
        await using var _ = proxy;
        await using var host = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("ConnectionStrings:PromiseKeeper", relayed);
            builder.UseSetting("PromiseKeeper:ApplyMigrationsOnStartup", "false");
            builder.UseSetting("Serilog:MinimumLevel:Default", "Fatal");
        });
        using var http = host.CreateClient();

        using var liveWhileDown = await http.GetAsync(new Uri(HealthEndpoints.Live, UriKind.Relative));
        using var readyWhileDown = await http.GetAsync(new Uri(HealthEndpoints.Ready, UriKind.Relative));
        proxy.Start();
        using var readyOnceUp = await http.GetAsync(new Uri(HealthEndpoints.Ready, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, liveWhileDown.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, readyWhileDown.StatusCode);
        Assert.Equal(HttpStatusCode.OK, readyOnceUp.StatusCode);
        Assert.Equal("Healthy", await StatusAsync(readyOnceUp));
    }

    [Fact]
    public async Task An_instance_that_migrates_at_start_waits_for_the_database_instead_of_exiting()
    {
        var (proxy, relayed) = TcpProxy.For(App.ConnectionString);
        await using var _ = proxy;
        await using var host = new PromiseKeeperFactory(relayed, App.Clock, App.Sql);

        // Until the relay starts, its port answers like a database that is down: it accepts and hangs up at once.
        var down = new TcpListener(IPAddress.Loopback, proxy.Port);
        down.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        down.Start();
        var starting = Task.Run(() => host.Server);
        for (var attempt = 0; attempt < 2; attempt++)
        {
            // A second attempt means the app waited and tried again instead of exiting.
            using var refused = await down.AcceptTcpClientAsync().WaitAsync(TimeSpan.FromSeconds(30));
        }

        Assert.False(starting.IsCompleted, "The app started without its database.");
        down.Stop();
        proxy.Start();
        await starting.WaitAsync(TimeSpan.FromSeconds(30));

        using var http = host.CreateClient();
        using var ready = await http.GetAsync(new Uri(HealthEndpoints.Ready, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    private static async Task<string?> StatusAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("status").GetString();
    }
}
