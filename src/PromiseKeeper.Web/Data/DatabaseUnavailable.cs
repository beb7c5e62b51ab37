using Npgsql;

namespace PromiseKeeper.Web.Data;

/// <summary>
/// Tells a database fault (PostgreSQL down, unreachable, restarting, or too slow to answer) from a mistake in a
/// statement. A fault is answered with 503 and <see cref="RetryAfterSeconds"/>, never with the error page's 500.
/// </summary>
public static class DatabaseUnavailable
{
    /// <summary>What the Retry-After header asks for while the database does not answer.</summary>
    public const int RetryAfterSeconds = 10;

    public const string CouldNotSave =
        "Could not save: the database did not answer. Everything you typed is still in the form: try again in a moment.";

    public static bool Is(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is PostgresException postgres)
            {
                return IsServerUnavailable(postgres.SqlState);
            }

            // No answer at all: connection refused or broken, or the command timed out.
            if (e is NpgsqlException or TimeoutException)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the command was cancelled because it ran out of time (a lock held too long, an overloaded server).</summary>
    public static bool IsTimeout(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is TimeoutException || e is PostgresException { SqlState: PostgresErrorCodes.QueryCanceled })
            {
                return true;
            }
        }

        return false;
    }

    // 08: connection exceptions; 53: insufficient resources (too many connections, disk full); 57: operator intervention
    // (shutting down, starting up, a cancelled statement); 58: system errors (I/O).
    private static bool IsServerUnavailable(string sqlState) =>
        sqlState.StartsWith("08", StringComparison.Ordinal)
        || sqlState.StartsWith("53", StringComparison.Ordinal)
        || sqlState.StartsWith("57", StringComparison.Ordinal)
        || sqlState.StartsWith("58", StringComparison.Ordinal);
}
