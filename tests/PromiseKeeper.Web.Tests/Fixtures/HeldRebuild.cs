using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Tests.Fixtures;

/// <summary>
/// Two instances of a summary's refresh at once: one claims a key and runs its rebuild without committing, while the
/// other refresh runs; the other must wait for the first (a lock), and finish once the first commits.
/// </summary>
public static class HeldRebuild
{
    /// <summary>
    /// Claims one key with <paramref name="claimSql"/> and runs <paramref name="rebuildSql"/> with its parameters in an
    /// open transaction; then starts <paramref name="otherRefresh"/>, waits until <paramref name="otherIsWaiting"/> says
    /// it waits for a lock, checks it has not finished, commits and returns what the other refresh returns.
    /// </summary>
    public static async Task<int> WhileHeldAsync<TKey>(
        this WebAppFixture app,
        string claimSql,
        IReadOnlyList<string> rebuildSql,
        Func<TKey, NpgsqlParameter[]> parameters,
        Func<Task<int>> otherRefresh,
        Func<Task<bool>> otherIsWaiting)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(rebuildSql);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(otherRefresh);
        ArgumentNullException.ThrowIfNull(otherIsWaiting);
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PromiseKeeperDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var claimed = await db.Database.SqlQueryRaw<TKey>(claimSql, new NpgsqlParameter("batch", 1)).SingleAsync();
        foreach (var sql in rebuildSql)
        {
            await db.Database.ExecuteSqlRawAsync(sql, parameters(claimed));
        }

        var other = otherRefresh();
        await Poll.UntilAsync(async () => other.IsCompleted || await otherIsWaiting(), "the other refresh waits for a lock");
        Assert.False(other.IsCompleted);

        await transaction.CommitAsync();
        return await other;
    }
}
