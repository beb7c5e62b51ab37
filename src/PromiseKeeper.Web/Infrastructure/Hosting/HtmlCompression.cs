using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Net.Http.Headers;

namespace PromiseKeeper.Web.Infrastructure.Hosting;

/// <summary>
/// Compresses the pages (Brotli, else gzip) at the fastest level, over HTTPS too, but only for requests the browser
/// marks as coming from our own pages or from the person (a typed address, a bookmark): another site cannot get a
/// compressed answer to a request it makes the browser send, which is what BREACH needs
/// (docs/adr/0013-cheap-rendering-and-database-settings.md). Static files are not compressed here: MapStaticAssets
/// serves the copies compressed at build time.
/// </summary>
public static class HtmlCompression
{
    public const string FetchSiteHeader = "Sec-Fetch-Site";

    public static void Apply(WebApplicationBuilder builder)
    {
        builder.Services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });
        builder.Services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        builder.Services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
    }

    public static IApplicationBuilder UseHtmlCompression(this IApplicationBuilder app)
    {
        app.Use((context, next) =>
        {
            // No header (an old browser, a script): no compression either, the safe side.
            var site = context.Request.Headers[FetchSiteHeader].ToString();
            if (site is not ("same-origin" or "none"))
            {
                context.Request.Headers.Remove(HeaderNames.AcceptEncoding);
            }

            return next(context);
        });
        return app.UseResponseCompression();
    }
}
