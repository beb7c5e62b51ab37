using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace PromiseKeeper.Web.Infrastructure.Hosting;

/// <summary>
/// Running behind a reverse proxy: the client's address and scheme come from the forwarded headers of configured proxies
/// only (<see cref="ProxyOptions"/>), so the audit log names the client and a request that reached the proxy over HTTPS
/// gets Secure cookies and HSTS. The Host header is not taken from the proxy: the proxy passes the client's Host on, and
/// the host filter (AllowedHosts) checks it.
/// </summary>
public static class BehindProxy
{
    public static void AddTrustedProxies(this WebApplicationBuilder builder)
    {
        var proxies = builder.Configuration.GetSection(ProxyOptions.Section).Get<ProxyOptions>() ?? new ProxyOptions();
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Nothing is trusted by default, not even loopback: only what the configuration names.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies.KnownProxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in proxies.KnownNetworks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }

            // A chain of trusted proxies is walked back to the first address that is not one of them.
            options.ForwardLimit = null;
        });
        // The login cookie's policy is in IdentitySettings; these are the framework's other two cookies.
        builder.Services.AddAntiforgery(options => options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        builder.Services.Configure<Microsoft.AspNetCore.Mvc.CookieTempDataProviderOptions>(
            options => options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        builder.Services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = false;
        });
    }

    /// <summary>First in the pipeline, so everything after it sees the client's address and scheme.</summary>
    public static void UseTrustedProxies(this WebApplication app)
    {
        app.UseForwardedHeaders();
        // Only over HTTPS, and never for localhost (the middleware's own rules), so development is not affected.
        app.UseHsts();
    }
}
