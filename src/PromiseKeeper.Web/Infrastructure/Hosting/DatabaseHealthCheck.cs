using Microsoft.Extensions.Diagnostics.HealthChecks;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Infrastructure.Hosting;

/// <summary>Reports whether PostgreSQL answers. Serves /health.</summary>
internal sealed class DatabaseHealthCheck(PromiseKeeperDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy("PostgreSQL answers.")
                : HealthCheckResult.Unhealthy("PostgreSQL does not answer.");
        }
#pragma warning disable CA1031 // A health check reports any failure instead of throwing it.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return HealthCheckResult.Unhealthy("PostgreSQL does not answer.", ex);
        }
    }
}
