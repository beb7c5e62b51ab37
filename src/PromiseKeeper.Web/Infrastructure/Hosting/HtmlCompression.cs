using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace PromiseKeeper.Web.Infrastructure.Hosting;

/// <summary>
/// Compresses the pages (Brotli, else gzip) at the fastest level: a page shrinks to a fifth for little CPU.
/// Over HTTPS too; why that is safe here (BREACH) is in docs/adr/0013-cheap-rendering-and-database-settings.md.
/// Static files are not compressed here: MapStaticAssets serves the copies compressed at build time.
/// </summary>
public static class HtmlCompression
{
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
}
