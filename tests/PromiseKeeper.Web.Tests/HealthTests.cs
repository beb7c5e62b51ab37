using System.Net;
using System.Text.Json;
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
}
