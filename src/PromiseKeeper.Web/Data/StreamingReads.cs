using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace PromiseKeeper.Web.Data;

/// <summary>
/// Contexts for reads that hand their rows to the client as the database sends them (the CSV exports: a million rows
/// never held in memory). The app's context options (connection, interceptors) with a non-retrying execution strategy:
/// with a retrying one, EF Core reads a query's whole result into memory before its first row, so that it could run it
/// again (852 MB for a million-row export). A fault after the first row ends the download instead. No tracking.
/// </summary>
public sealed class StreamingReads(DbContextOptions<PromiseKeeperDbContext> appOptions)
{
    private readonly DbContextOptions<PromiseKeeperDbContext> options = new DbContextOptionsBuilder<PromiseKeeperDbContext>(appOptions)
        .UseNpgsql(npgsql => npgsql.ExecutionStrategy(dependencies => new NonRetryingExecutionStrategy(dependencies)))
        .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
        .Options;

    /// <summary>A new context (not from the pool); dispose it when its rows are read.</summary>
    public PromiseKeeperDbContext Create() => new(options);
}
