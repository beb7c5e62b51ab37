using Microsoft.EntityFrameworkCore;

namespace PromiseKeeper.Web.Data;

/// <summary>
/// Contexts for reads that tolerate a little lag (the coming dashboard, export and search), on the optional connection
/// string <see cref="ConnectionStringName"/>, so a PostgreSQL standby can serve them; on the primary when it is not
/// set. No tracking: nothing read here is ever saved. Nothing uses it yet: the pages read their own writes.
/// </summary>
public sealed class LagTolerantReads(string connectionString)
{
    public const string ConnectionStringName = "PromiseKeeperReadOnly";

    /// <summary>The database these reads go to, with the app's connection settings.</summary>
    public string ConnectionString { get; } = DatabaseConnectionString.WithAppDefaults(connectionString);

    private DbContextOptions<PromiseKeeperDbContext> Options => field ??= new DbContextOptionsBuilder<PromiseKeeperDbContext>()
        .UseNpgsql(ConnectionString, ReadRetryingExecutionStrategy.Apply)
        .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
        .Options;

    /// <summary>A new context; dispose it when done.</summary>
    public PromiseKeeperDbContext Create() => new(Options);

    public static void Add(WebApplicationBuilder builder, string primary)
    {
        var standby = builder.Configuration.GetConnectionString(ConnectionStringName);
        builder.Services.AddSingleton(new LagTolerantReads(string.IsNullOrWhiteSpace(standby) ? primary : standby));
    }
}
