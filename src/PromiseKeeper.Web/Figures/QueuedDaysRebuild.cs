using Microsoft.EntityFrameworkCore;
using Npgsql;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Figures;

/// <summary>
/// The transaction of a per-day summary's refresh (<see cref="DashboardDaysRefresh"/>, <see cref="ClientBankDaysRefresh"/>):
/// claims a batch of queued keys (its claim says FOR UPDATE SKIP LOCKED, so two instances never rebuild the same key),
/// then runs the statements that rebuild and unqueue them, each with the claimed keys as array parameters. Each is a later
/// statement than the claim, so its snapshot sees every change committed before the claim; a change made meanwhile waits
/// for this transaction on its queue row and queues the key again after it.
/// </summary>
internal static class QueuedDaysRebuild
{
    /// <param name="afterRebuild">Work of the same transaction that reads the rebuilt summary (the bank account's standings).</param>
    /// <returns>How many keys it claimed (0: the queue was empty).</returns>
    public static async Task<int> RunAsync<TKey>(
        PromiseKeeperDbContext db,
        string claimSql,
        int batchSize,
        IReadOnlyList<string> rebuildSql,
        Func<IReadOnlyList<TKey>, NpgsqlParameter[]> keyParameters,
        CancellationToken cancellationToken,
        Func<IReadOnlyList<TKey>, Task>? afterRebuild = null)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claimed = await db.Database.SqlQueryRaw<TKey>(claimSql, new NpgsqlParameter("batch", batchSize)).ToListAsync(cancellationToken);
        if (claimed.Count == 0)
        {
            return 0;
        }

        foreach (var sql in rebuildSql)
        {
            // A parameter belongs to one command: fresh ones for each statement.
            await db.Database.ExecuteSqlRawAsync(sql, keyParameters(claimed), cancellationToken);
        }

        if (afterRebuild is not null)
        {
            await afterRebuild(claimed);
        }

        await transaction.CommitAsync(cancellationToken);
        return claimed.Count;
    }
}
