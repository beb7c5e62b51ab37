using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Options;

namespace PromiseKeeper.Web.Data;

/// <summary>What the app does to its database when it starts, as <see cref="StartupOptions"/> says.</summary>
internal static class DatabaseStartup
{
    public static async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var options = services.GetRequiredService<IOptions<StartupOptions>>().Value;
        if (!options.ApplyMigrationsOnStartup && !options.SeedDemoData)
        {
            return;
        }

        await using var scope = services.CreateAsyncScope();
        var logger = scope.ServiceProvider.GetRequiredService<ILogger<PromiseKeeperDbContext>>();
        if (options.ApplyMigrationsOnStartup)
        {
            var db = scope.ServiceProvider.GetRequiredService<PromiseKeeperDbContext>();
            // On an empty database EF would first query a history table that is not there yet and
            // log that as an error; creating the table up front keeps a first start's log clean.
            await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
            await EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());
            logger.LogInformation("Database migrated; roles in place");
        }

        if (options.SeedDemoData)
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
