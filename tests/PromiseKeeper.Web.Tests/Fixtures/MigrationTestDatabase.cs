using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PromiseKeeper.Tests.Shared;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Tests.Fixtures;

/// <summary>
/// A fresh database of its own for a test of one migration, migrated all the way: the test writes data before or after
/// going back to just before the migration (<see cref="DownAsync"/>), then migrates up (<see cref="UpAsync"/>) and down again.
/// </summary>
public sealed class MigrationTestDatabase : IAsyncDisposable
{
    private readonly IMigrator _migrator;
    private readonly string _before;

    private MigrationTestDatabase(PromiseKeeperDbContext db, string before)
    {
        Db = db;
        _migrator = db.GetService<IMigrator>();
        _before = before;
    }

    public PromiseKeeperDbContext Db { get; }

    /// <param name="migration">The migration's name (without its timestamp).</param>
    public static async Task<MigrationTestDatabase> CreateAsync(string migration, string databaseName)
    {
        var connectionString = await TestDatabase.CreateFreshAsync(databaseName);
        var db = new PromiseKeeperDbContext(new DbContextOptionsBuilder<PromiseKeeperDbContext>().UseNpgsql(connectionString).Options);
        await db.Database.MigrateAsync();
        var migrations = db.Database.GetMigrations().ToList();
        var ours = migrations.FindIndex(m => m.EndsWith("_" + migration, StringComparison.Ordinal));
        Assert.True(ours > 0, $"No migration {migration} after the first.");
        return new MigrationTestDatabase(db, migrations[ours - 1]);
    }

    /// <summary>Up again, through the migration and whatever later ones there are.</summary>
    public Task UpAsync() => Db.Database.MigrateAsync();

    /// <summary>Back to just before the migration.</summary>
    public Task DownAsync() => _migrator.MigrateAsync(_before);

    public ValueTask DisposeAsync() => Db.DisposeAsync();
}
