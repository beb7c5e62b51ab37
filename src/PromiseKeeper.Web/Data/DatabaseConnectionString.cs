using System.Data.Common;
using Npgsql;

namespace PromiseKeeper.Web.Data;

/// <summary>
/// The configured connection string plus the Npgsql settings the app is tuned for, each applied only when
/// the configured string does not set it itself (so an operator can still turn one off).
/// </summary>
public static class DatabaseConnectionString
{
    /// <summary>
    /// How many statements each connection keeps prepared (Npgsql prepares one after it ran 5 times). The app
    /// sends a few dozen distinct statements; the list's filter combinations alone make 16 shapes.
    /// </summary>
    public const int MaxAutoPrepare = 64;

    /// <summary>
    /// Seconds a statement may run (Npgsql's default is 30). The slowest page needs well under a second; a statement
    /// that waits longer is stuck behind a lock or an overloaded server, and the person gets a 503 within 5 seconds.
    /// </summary>
    public const int CommandTimeoutSeconds = 3;

    /// <summary>Seconds to wait for a new connection (Npgsql's default is 15), for a server that does not answer at all.</summary>
    public const int ConnectTimeoutSeconds = 3;

    /// <summary>
    /// Session settings sent at connect time. JIT off: the app's statements each read a few rows through indexes, but a
    /// UNION of many bounded parts (the home page) can pass jit_above_cost and spend over a second compiling itself
    /// (bench/results/plans-*.md); PostgreSQL's documentation recommends it off for short OLTP queries. work_mem 16 MB
    /// (default 4): the dashboard's percentiles sort a year's time-to-tell values (~170,000 at a million incidents), which
    /// spilled to temporary files at 4 MB; only a statement that sorts that much uses it.
    /// </summary>
    public const string SessionOptions = "-c jit=off -c work_mem=16MB";

    public static string WithAppDefaults(string configured)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = configured }.Keys
            .Cast<string>()
            .Select(Keyword)
            .ToHashSet(StringComparer.Ordinal);
        var builder = new NpgsqlConnectionStringBuilder(configured);
        if (!given.Contains(Keyword(nameof(NpgsqlConnectionStringBuilder.MaxAutoPrepare))))
        {
            builder.MaxAutoPrepare = MaxAutoPrepare;
        }

        // Skips the DISCARD ALL round trip whenever a pooled connection goes back; the app sets no session
        // state that a later request could inherit.
        if (!given.Contains(Keyword(nameof(NpgsqlConnectionStringBuilder.NoResetOnClose))))
        {
            builder.NoResetOnClose = true;
        }

        if (!given.Contains(Keyword(nameof(NpgsqlConnectionStringBuilder.CommandTimeout))))
        {
            builder.CommandTimeout = CommandTimeoutSeconds;
        }

        if (!given.Contains(Keyword(nameof(NpgsqlConnectionStringBuilder.Timeout))))
        {
            builder.Timeout = ConnectTimeoutSeconds;
        }

        if (!given.Contains(Keyword(nameof(NpgsqlConnectionStringBuilder.Options))))
        {
            builder.Options = SessionOptions;
        }

        return builder.ConnectionString;
    }

    // "Max Auto Prepare", "MaxAutoPrepare" and "max auto prepare" are the same Npgsql keyword.
    private static string Keyword(string key) => key.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
}
