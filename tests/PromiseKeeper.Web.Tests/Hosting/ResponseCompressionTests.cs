using System.IO.Compression;
using System.Net;
using System.Text;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Hosting;

public sealed class ResponseCompressionTests(WebAppFixture app) : WebAppTest(app)
{
    [Theory]
    [InlineData("br", "same-origin")]
    [InlineData("gzip", "same-origin")]
    [InlineData("br", "none")]
    public async Task A_page_answers_compressed_when_the_browser_accepts_it_on_our_own_navigation(string encoding, string fetchSite)
    {
        using var http = await SignedInClientAsync();

        using var request = ListRequest(encoding, fetchSite);
        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        var html = await DecompressAsync(await response.Content.ReadAsStreamAsync(), encoding);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("</html>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cross-site")]
    [InlineData("same-site")]
    [InlineData(null)]
    public async Task A_page_answers_uncompressed_to_a_request_another_site_may_have_sent(string? fetchSite)
    {
        using var http = await SignedInClientAsync();

        using var request = ListRequest("br, gzip", fetchSite);
        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.StartsWith("<!DOCTYPE html>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<HttpClient> SignedInClientAsync() =>
        await App.CreateSignedInClientAsync(await App.CreateUserAsync(Roles.AccountManager));

    private static HttpRequestMessage ListRequest(string acceptEncoding, string? fetchSite)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/Incidents", UriKind.Relative));
        request.Headers.Add("Accept-Encoding", acceptEncoding);
        if (fetchSite is not null)
        {
            request.Headers.Add(HtmlCompression.FetchSiteHeader, fetchSite);
        }

        return request;
    }

    private static async Task<string> DecompressAsync(Stream body, string encoding)
    {
        await using Stream decompressed = encoding == "br"
            ? new BrotliStream(body, CompressionMode.Decompress)
            : new GZipStream(body, CompressionMode.Decompress);
        using var reader = new StreamReader(decompressed, Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }
}
