using System.Net;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Hosting;

/// <summary>On a real Kestrel port: pages refuse methods they do not serve with 405, and no answer names the server.</summary>
public sealed class HttpMethodAndServerHeaderTests(WebAppFixture app) : WebAppTest(app)
{
    [Theory]
    [InlineData("PUT", "/Incidents")]
    [InlineData("DELETE", "/Incidents/1")]
    [InlineData("PATCH", "/Account/Login")]
    public async Task A_page_answers_405_with_the_methods_it_allows(string method, string path)
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        using var http = await App.CreateSignedInClientAsync(owner);

        using var response = await http.SendAsync(new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative)));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD", "POST"], response.Content.Headers.Allow.Order());
    }

    [Fact]
    public async Task No_answer_names_the_server()
    {
        var (kestrel, address) = KestrelApp.Start(App);
        await using var server = kestrel;
        using var http = new HttpClient { BaseAddress = address };

        foreach (var path in new[] { "/Account/Login", "/health", "/no-such-page" })
        {
            using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
            Assert.False(response.Headers.Contains("Server"), $"{path} sent Server: {string.Join(", ", response.Headers.Server)}");
        }
    }
}
