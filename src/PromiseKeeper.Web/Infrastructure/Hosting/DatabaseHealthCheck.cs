using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Infrastructure.Hosting;

/// <summary>
/// Whether PostgreSQL answers, and how well: unhealthy when it does not, degraded when it answers slowly or when
/// statements of this database wait on a lock for longer than <see cref="DatabaseHealthOptions.LockWaitSeconds"/>
/// (a hung transaction holding a table). Serves /health/ready.
/// </summary>
internal sealed class DatabaseHealthCheck(PromiseKeeperDbContext db, IOptions<DatabaseHealthOptions> options) : IHealthCheck
{
    // One round trip: how many of this database's lock requests have waited too long (pg_locks.waitstart, PostgreSQL 14+).
    private const string LockWaits =
        "SELECT count(*) FROM pg_locks WHERE NOT granted AND waitstart < now() - make_interval(secs => @seconds) " +
        "AND database = (SELECT oid FROM pg_database WHERE datname = current_database())";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var connection = db.Database.GetDbConnection();
        var timer = Stopwatch.StartNew();
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = LockWaits;
            var seconds = command.CreateParameter();
            seconds.ParameterName = "seconds";
            seconds.Value = (double)settings.LockWaitSeconds;
            command.Parameters.Add(seconds);
            var waiting = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
            var elapsed = timer.Elapsed;
            if (waiting > 0)
            {
                return HealthCheckResult.Degraded($"PostgreSQL answers, but {waiting} statement(s) wait on a lock for more than {settings.LockWaitSeconds} s.");
            }

            return elapsed.TotalMilliseconds > settings.SlowAfterMilliseconds
                ? HealthCheckResult.Degraded($"PostgreSQL answers slowly ({elapsed.TotalMilliseconds:0} ms).")
                : HealthCheckResult.Healthy("PostgreSQL answers.");
        }
#pragma warning disable CA1031 // A health check reports any failure instead of throwing it.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return HealthCheckResult.Unhealthy("PostgreSQL does not answer.", ex);
        }
        finally
        {
            await connection.CloseAsync();
        }
    }
}
