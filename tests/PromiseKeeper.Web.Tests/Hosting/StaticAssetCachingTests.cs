using System.Net;
using System.Text.RegularExpressions;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Hosting;

public sealed class StaticAssetCachingTests(WebAppFixture app) : WebAppTest(app)
{
    private static readonly TimeSpan OneYear = TimeSpan.FromDays(365);

    [Theory]
    [InlineData("""<link rel="stylesheet" href="(/css/site\.[a-z0-9]+\.css)" />""")]
    [InlineData("""<link rel="stylesheet" href="(/lib/bootstrap/dist/css/bootstrap\.min\.[a-z0-9]+\.css)" />""")]
    [InlineData("""<script src="(/js/site\.[a-z0-9]+\.js)"></script>""")]
    [InlineData("""<script src="(/lib/bootstrap/dist/js/bootstrap\.bundle\.min\.[a-z0-9]+\.js)"></script>""")]
    public async Task The_layout_links_fingerprinted_files_that_are_cached_for_a_year_even_before_sign_in(string linkPattern)
    {
        using var http = App.CreateHttpClient();
        var html = await http.GetStringAsync(new Uri("/Account/Login", UriKind.Relative));
        var link = Regex.Match(html, linkPattern);
        Assert.True(link.Success, $"The sign-in page has no link matching {linkPattern}.");

        using var response = await http.GetAsync(new Uri(link.Groups[1].Value, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cache = response.Headers.CacheControl;
        Assert.NotNull(cache);
        Assert.Equal(OneYear, cache.MaxAge);
        Assert.Contains(cache.Extensions, e => e.Name == "immutable");
    }

    [Fact]
    public async Task The_unfingerprinted_name_of_a_file_is_revalidated_each_time()
    {
        using var http = App.CreateHttpClient();

        using var response = await http.GetAsync(new Uri("/css/site.css", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoCache);
    }
}
