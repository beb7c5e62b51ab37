using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using PromiseKeeper.Domain.Clients;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Pages.Clients;

namespace PromiseKeeper.Web.Figures;

/// <summary>
/// Re-queues the figures of every incident of a client whose emotional bank account has just become overdrawn or stopped
/// being so: the incident page counts the relationship one level worse while the account is overdrawn, and the stored
/// severity (the list's severity filter, the dashboard) must follow it, as it follows a change of loyalty
/// (<see cref="FigureCheckSql.QueueClient"/>). A change elsewhere in the balance moves no severity, so it queues nothing.
/// Run by <see cref="ClientBankDaysRefresh"/> in its transaction, after the days are rebuilt, for the clients it rebuilt;
/// the balance is the domain's (<see cref="EmotionalBankAccount"/>), read as the incident page reads it.
/// </summary>
internal static class OverdrawnStandingRequeue
{
    /// <summary>Every incident of these clients, due at once (its LastChangedAt; an earlier check that has not run stays).</summary>
    public const string QueueClientsSql = """
        INSERT INTO "FigureChecks" ("IncidentId", "CheckAt")
        SELECT i."Id", i."LastChangedAt" FROM "Incidents" i WHERE i."ClientId" = ANY(@clients)
        ON CONFLICT ("IncidentId") DO UPDATE SET "CheckAt" = LEAST("FigureChecks"."CheckAt", EXCLUDED."CheckAt")
        """;

    /// <summary>
    /// Records the clients' new standings. An upsert: a second instance rebuilding another day of the same client at once
    /// waits for this row and writes the same standing (both read the balance with every queued day live).
    /// </summary>
    public const string RecordStandingsSql = """
        INSERT INTO "ClientBankStandings" ("ClientId", "Overdrawn")
        SELECT * FROM unnest(@clients, @overdrawn)
        ON CONFLICT ("ClientId") DO UPDATE SET "Overdrawn" = EXCLUDED."Overdrawn"
        """;

    /// <returns>The clients whose standing changed (their incidents are queued).</returns>
    public static async Task<IReadOnlyList<int>> RunAsync(
        PromiseKeeperDbContext db, IReadOnlyCollection<int> clientIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var standings = await BankAccountReads.StandingsAsync(db, clientIds, now, cancellationToken);
        var seen = await db.Set<ClientBankStanding>().AsNoTracking().Where(s => clientIds.Contains(s.ClientId)).ToDictionaryAsync(s => s.ClientId, cancellationToken);
        var changed = standings
            .Select(s => (ClientId: s.Key, Overdrawn: s.Value.Standing == BankStanding.Overdrawn))
            .Where(s => (seen.GetValueOrDefault(s.ClientId)?.Overdrawn ?? false) != s.Overdrawn)
            .ToList();
        if (changed.Count > 0)
        {
            int[] clients = [.. changed.Select(c => c.ClientId)];
            await db.Database.ExecuteSqlRawAsync(
                RecordStandingsSql,
                [
                    new NpgsqlParameter("clients", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = clients },
                    new NpgsqlParameter("overdrawn", NpgsqlDbType.Array | NpgsqlDbType.Boolean) { Value = changed.Select(c => c.Overdrawn).ToArray() },
                ],
                cancellationToken);
            await db.Database.ExecuteSqlRawAsync(
                QueueClientsSql,
                [new NpgsqlParameter("clients", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = clients }],
                cancellationToken);
        }

        return [.. changed.Select(c => c.ClientId)];
    }
}
