using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace PromiseKeeper.Web.Infrastructure.Hosting;

/// <summary>
/// /health/live: the process serves requests (restart it when not). /health/ready: it can do its work, so a load
/// balancer may send it people (503 while the database does not answer; 200 and "Degraded" when it answers slowly).
/// /health is the same as /health/ready, for probes set up before the split.
/// </summary>
internal static class HealthEndpoints
{
    public const string Live = "/health/live";
    public const string Ready = "/health/ready";
    private const string ReadyTag = "ready";

    public static void AddAppHealthChecks(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<DatabaseHealthOptions>(builder.Configuration.GetSection(DatabaseHealthOptions.Section));
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag], timeout: TimeSpan.FromSeconds(4));
    }

    public static void MapHealthEndpoints(this WebApplication app)
    {
        var ready = new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = HealthReportWriter.WriteAsync };
        app.MapHealthChecks(Live, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthReportWriter.WriteAsync }).AllowAnonymous();
        app.MapHealthChecks(Ready, ready).AllowAnonymous();
        app.MapHealthChecks("/health", ready).AllowAnonymous();
    }
}
