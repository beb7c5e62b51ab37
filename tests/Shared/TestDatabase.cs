using Npgsql;
using Testcontainers.PostgreSql;

namespace PromiseKeeper.Tests.Shared;

/// <summary>
/// Provides the real PostgreSQL server the tests run against, as DESIGN.md says:
/// the connection string in PROMISEKEEPER_TEST_DB when set, else a Testcontainers PostgreSQL when a
/// Docker engine answers, else the run fails at once saying how to get one. Each test project gets
/// its own database on that server, created fresh for the run.
/// </summary>
public static class TestDatabase
{
    public const string EnvironmentVariable = "PROMISEKEEPER_TEST_DB";

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static PostgreSqlContainer? _container;

    /// <summary>Drops and creates <paramref name="databaseName"/> on the test server; returns its connection string.</summary>
    public static async Task<string> CreateFreshAsync(string databaseName)
    {
        var server = new NpgsqlConnectionStringBuilder(await ServerConnectionStringAsync());
        var admin = new NpgsqlConnectionStringBuilder(server.ConnectionString)
        {
            Database = string.IsNullOrEmpty(server.Database) ? "postgres" : server.Database,
            Pooling = false,
        };

        await using (var connection = new NpgsqlConnection(admin.ConnectionString))
        {
            await connection.OpenAsync();
            var quoted = "\"" + databaseName.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {quoted} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {quoted}", connection);
            await create.ExecuteNonQueryAsync();
        }

        server.Database = databaseName;
        return server.ConnectionString;
    }

    private static async Task<string> ServerConnectionStringAsync()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return fromEnvironment;
        }

        await Gate.WaitAsync();
        try
        {
            if (_container is null)
            {
                PostgreSqlContainer? container = null;
                try
                {
                    // Build() already fails when no Docker engine answers.
                    container = new PostgreSqlBuilder("postgres:16-alpine").Build();
                    await container.StartAsync();
                }
                catch (Exception ex)
                {
                    if (container is not null)
                    {
                        await container.DisposeAsync();
                    }

                    throw new InvalidOperationException(
                        $"The tests need PostgreSQL and found none: {EnvironmentVariable} is not set and no Docker engine answered " +
                        $"({ex.GetType().Name}: {ex.Message}). Run scripts/test.sh (it starts a throwaway local PostgreSQL), " +
                        $"or set {EnvironmentVariable} to a connection string of a server where the user may create databases.",
                        ex);
                }

                _container = container;
            }

            return _container.GetConnectionString();
        }
        finally
        {
            Gate.Release();
        }
    }
}
