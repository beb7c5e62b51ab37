using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace PromiseKeeper.Web.Infrastructure.Hosting;

/// <summary>
/// OpenTelemetry traces and metrics of the requests (ASP.NET Core) and of every statement (Npgsql, which sees what
/// EF Core sends), exported over OTLP only when OTEL_EXPORTER_OTLP_ENDPOINT is set
/// (docs/adr/0014-opentelemetry-over-otlp.md). The logs carry each request's trace id either way.
/// </summary>
internal static class Observability
{
    public const string ServiceName = "PromiseKeeper";
    public const string OtlpEndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static void AddObservability(this WebApplicationBuilder builder)
    {
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !context.Request.Path.StartsWithSegments("/health", StringComparison.Ordinal))
                .AddNpgsql())
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddNpgsqlInstrumentation());
        if (!string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointSetting]))
        {
            telemetry.UseOtlpExporter();
        }
    }
}
