using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests;

public sealed class HealthTests(WebAppFixture app) : WebAppTest(app)
{
    [Fact]
    public async Task Health_answers_anonymously_with_JSON_saying_healthy()
    {
        using var http = App.CreateHttpClient();

        using var response = await http.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", json.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Health_reports_unhealthy_with_503_when_the_database_does_not_answer()
    {
        // The same app pointed at a port where nothing listens; no migrations at start-up, so it starts.
        await using var unreachable = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("ConnectionStrings:PromiseKeeper", "Host=127.0.0.1;Port=1;Database=none;Username=none;Timeout=2");
            builder.UseSetting("PromiseKeeper:ApplyMigrationsOnStartup", "false");
            builder.UseSetting("Serilog:MinimumLevel:Default", "Fatal");
        });
        using var http = unreachable.CreateClient();

        using var response = await http.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(body);
        Assert.Equal("Unhealthy", json.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
    }
}
