using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Options;

namespace PromiseKeeper.Web.Data;

/// <summary>
/// What the app does to its database when it starts, as <see cref="StartupOptions"/> says. While PostgreSQL does not
/// answer yet (the app started first, or the server restarts), it waits and tries again with a growing pause
/// instead of exiting.
/// </summary>
internal static class DatabaseStartup
{
    public static readonly TimeSpan FirstPause = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(30);

    // Migrations and demo data may run longer than a page's statements are allowed to.
    private static readonly TimeSpan MigrationCommandTimeout = TimeSpan.FromMinutes(10);

    public static Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var options = services.GetRequiredService<IOptions<StartupOptions>>().Value;
        return options.ApplyMigrationsOnStartup || options.SeedDemoData
            ? WhenDatabaseAnswersAsync(services, token => MigrateAndSeedAsync(services, options.ApplyMigrationsOnStartup, options.SeedDemoData, token), cancellationToken)
            : Task.CompletedTask;
    }

    /// <summary>
    /// The migration step on its own (<c>--migrate</c>, scripts/migrate.sh): migrations and roles, and the demo data
    /// when <see cref="StartupOptions.SeedDemoData"/> says so (a demo's instances then start without loading it each).
    /// </summary>
    public static Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var seed = services.GetRequiredService<IOptions<StartupOptions>>().Value.SeedDemoData;
        return WhenDatabaseAnswersAsync(services, token => MigrateAndSeedAsync(services, migrate: true, seed, token), cancellationToken);
    }

    private static async Task WhenDatabaseAnswersAsync(IServiceProvider services, Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        var logger = services.GetRequiredService<ILogger<PromiseKeeperDbContext>>();
        var pause = FirstPause;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await work(cancellationToken);
                return;
            }
            catch (Exception ex) when (DatabaseUnavailable.Is(ex) && !cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning("PostgreSQL does not answer yet (attempt {Attempt}: {Reason}); trying again in {Pause}", attempt, ex.Message, pause);
            }

            await Task.Delay(pause, cancellationToken);
            pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, LongestPause.Ticks));
        }
    }

    private static async Task MigrateAndSeedAsync(IServiceProvider services, bool migrate, bool seed, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var logger = scope.ServiceProvider.GetRequiredService<ILogger<PromiseKeeperDbContext>>();
        scope.ServiceProvider.GetRequiredService<PromiseKeeperDbContext>().Database.SetCommandTimeout(MigrationCommandTimeout);
        if (migrate)
        {
            var db = scope.ServiceProvider.GetRequiredService<PromiseKeeperDbContext>();
            // On an empty database EF would first query a history table that is not there yet and
            // log that as an error; creating the table up front keeps a first start's log clean.
            await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
            await EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());
            logger.LogInformation("Database migrated; roles in place");
        }

        if (seed)
        {
            await scope.ServiceProvider.GetRequiredService<DemoData>().LoadAsync(cancellationToken);
        }
    }

    private static async Task EnsureRolesAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                var result = await roles.CreateAsync(new IdentityRole(role));
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException($"Could not create the role {role}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
                }
            }
        }
    }
}
