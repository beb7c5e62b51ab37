using System.IO.Compression;
using System.Net;
using System.Text;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Hosting;

public sealed class ResponseCompressionTests(WebAppFixture app) : WebAppTest(app)
{
    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task A_page_answers_compressed_when_the_browser_accepts_it(string encoding)
    {
        var user = await App.CreateUserAsync(Roles.AccountManager);
        using var http = await App.CreateSignedInClientAsync(user);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/Incidents", UriKind.Relative));
        request.Headers.Add("Accept-Encoding", encoding);

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        var html = await DecompressAsync(await response.Content.ReadAsStreamAsync(), encoding);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("</html>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_answers_uncompressed_when_the_browser_asks_for_no_encoding()
    {
        using var http = App.CreateHttpClient();

        using var response = await http.GetAsync(new Uri("/Account/Login", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.StartsWith("<!DOCTYPE html>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
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
