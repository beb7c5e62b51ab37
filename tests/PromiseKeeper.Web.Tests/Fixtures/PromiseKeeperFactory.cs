using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Tests.Fixtures;

/// <summary>The real app (Program.cs) on the test database, with a fixed clock and SQL recording.</summary>
public sealed class PromiseKeeperFactory(string connectionString, FixedClock clock, SqlCommandLog sql)
    : WebApplicationFactory<Program>
{
    /// <summary>The address of the reverse proxy the test app trusts (documentation range, RFC 5737).</summary>
    public const string TrustedProxy = "192.0.2.1";

    /// <summary>A host name besides localhost that the test app answers to (AllowedHosts).</summary>
    public const string AllowedHost = "promisekeeper.test";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:PromiseKeeper", connectionString);
        builder.UseSetting("PromiseKeeper:ApplyMigrationsOnStartup", "true");
        builder.UseSetting("PromiseKeeper:SeedDemoData", "false");
        // Reminders and digests run only where a test starts a runner (TimeDrivenWorkRunner) or a work itself.
        builder.UseSetting("Scheduler:Enabled", "false");
        // Every test signs in from the same address: the per-address limit has its own test (SignInRateLimitTests).
        builder.UseSetting("PromiseKeeper:SignIn:AttemptsPerAddress", "100000");
        builder.UseSetting("PromiseKeeper:SignIn:AttemptsPerAccount", "100000");
        builder.UseSetting($"{ProxyOptions.Section}:KnownProxies:0", TrustedProxy);
        // 127.0.0.1: the tests that run the app on a real Kestrel port (KestrelApp) call it by address.
        builder.UseSetting("AllowedHosts", $"localhost;127.0.0.1;{AllowedHost}");
        // Keep the test output readable: only warnings and errors from the app.
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore.Database.Command", "Warning");
        builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime", "Warning");

        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(clock);
            // Hashing passwords at full strength costs most of a test's time; the tests check sign-in, not the hash.
            services.Configure<PasswordHasherOptions>(options => options.IterationCount = 1_000);
            services.ConfigureDbContext<PromiseKeeperDbContext>(options => options.AddInterceptors(sql));
            services.AddTransient<IStartupFilter, TestClientAddressStartupFilter>();
            services.AddTransient<IStartupFilter, FailingEndpointStartupFilter>();
        });
    }
}

/// <summary>
/// Adds <see cref="Path"/>, which fails with an unexpected exception, behind the app's own pipeline
/// (so the app's error handling is what the tests see).
/// </summary>
public sealed class FailingEndpointStartupFilter : IStartupFilter
{
    public const string Path = "/__tests/unexpected-failure";
    public const string SecretDetail = "connection to 10.1.2.3 refused for user db_admin";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        next(app);
        app.Use((context, nextMiddleware) =>
            context.Request.Path == Path
                ? throw new InvalidOperationException(SecretDetail)
                : nextMiddleware(context));
    };
}
