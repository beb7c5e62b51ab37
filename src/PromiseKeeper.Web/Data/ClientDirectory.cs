using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain.Clients;

namespace PromiseKeeper.Web.Data;

/// <summary>One client as the pickers and the clients list show it.</summary>
public sealed record ClientEntry(int Id, string Name, LoyaltyLevel Loyalty, string Language);

/// <summary>
/// Every client, in the database's name order, kept in memory: the client pickers (incident list filter, Log form)
/// and the clients list read it on every request, and clients change rarely. Any SaveChanges that adds, changes or
/// removes a client drops it (<see cref="ClientDirectoryInvalidation"/>); the next reader loads it again.
/// </summary>
/// <remarks>One copy per app process: with several instances, a client added on one shows on the others once
/// their copy is older than <see cref="MaxAge"/> (see docs/adr/0012-read-budgets.md).</remarks>
public sealed class ClientDirectory(TimeProvider clock)
{
    /// <summary>How long a copy is trusted without a change seen by this process.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private Snapshot? _snapshot;
    private int _generation;

    /// <summary>Every client in name order; loads them (one statement) when they changed since the last load.</summary>
    public async Task<IReadOnlyList<ClientEntry>> AllAsync(PromiseKeeperDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var generation = Volatile.Read(ref _generation);
        var now = clock.GetUtcNow();
        if (Volatile.Read(ref _snapshot) is { } snapshot && snapshot.Generation == generation && now - snapshot.LoadedAt < MaxAge)
        {
            return snapshot.Clients;
        }

        var clients = await db.Clients.AsNoTracking()
            .OrderBy(c => c.Name)
            .Select(c => new ClientEntry(c.Id, c.Name, c.Loyalty, c.Language))
            .ToListAsync(cancellationToken);
        // Stamped with the generation read before loading: if a client changed meanwhile, the next reader loads again.
        Volatile.Write(ref _snapshot, new Snapshot(generation, now, clients));
        return clients;
    }

    /// <summary>Forgets the clients; the next reader loads them again.</summary>
    public void Invalidate() => Interlocked.Increment(ref _generation);

    private sealed record Snapshot(int Generation, DateTimeOffset LoadedAt, IReadOnlyList<ClientEntry> Clients);
}
