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

        return builder.ConnectionString;
    }

    // "Max Auto Prepare", "MaxAutoPrepare" and "max auto prepare" are the same Npgsql keyword.
    private static string Keyword(string key) => key.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
}
