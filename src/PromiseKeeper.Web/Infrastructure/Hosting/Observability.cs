using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace PromiseKeeper.Web.Infrastructure.Hosting;

/// <summary>
/// OpenTelemetry traces and metrics of the requests (ASP.NET Core) and of every statement (Npgsql, which sees what
/// EF Core sends), exported over OTLP, set up only when OTEL_EXPORTER_OTLP_ENDPOINT is set
/// (docs/adr/0014-opentelemetry-over-otlp.md). The logs carry each request's trace id either way (ASP.NET Core starts an
/// Activity per request for its logging).
/// </summary>
internal static class Observability
{
    public const string ServiceName = "PromiseKeeper";
    public const string OtlpEndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static void AddObservability(this WebApplicationBuilder builder)
    {
        // Without a collector nothing is set up, so requests and statements pay nothing for it.
        if (string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointSetting]))
        {
            return;
        }

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !context.Request.Path.StartsWithSegments("/health", StringComparison.Ordinal))
                .AddNpgsql())
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddNpgsqlInstrumentation())
            .UseOtlpExporter();
    }
}
