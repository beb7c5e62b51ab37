using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Infrastructure.Scheduling;

namespace PromiseKeeper.Web.Figures;

/// <summary>
/// Rebuilds the queued days of the emotional bank account's summary ("ClientBankDays", <see cref="ClientBankDaysSql"/>) the
/// way <see cref="DashboardDaysRefresh"/> rebuilds the dashboard's: claims a batch of "ClientBankDayChecks" rows (FOR UPDATE
/// SKIP LOCKED: two instances never rebuild the same day), then, in later statements of the same transaction (whose
/// snapshots see every change committed before the claim), replaces those days' rows with the sums of
/// <c>client_bank_rows</c>, moves their months ("ClientBankMonths", <see cref="ClientBankMonthsSql"/>) by the difference
/// and deletes the checks. Until a day is rebuilt the balance reads it live. Then, still in the transaction, a client whose
/// account became overdrawn or stopped being so has its incidents' figures queued (<see cref="OverdrawnStandingRequeue"/>).
/// </summary>
public sealed class ClientBankDaysRefresh(PromiseKeeperDbContext db, IOptions<SchedulerOptions> options) : ITimeDrivenWork
{
    public const string ClaimSql = """
        SELECT "ClientId", "Day" FROM "ClientBankDayChecks"
        ORDER BY "Day" DESC, "ClientId"
        LIMIT @batch
        FOR UPDATE SKIP LOCKED
        """;

    public static readonly string SubtractDaysFromMonthsSql = ClientBankMonthsSql.AddDaysToMonthsSql(-1);

    public const string DeleteRowsSql = """
        DELETE FROM "ClientBankDays" d
        USING unnest(@clients, @days) AS k("ClientId", "Day")
        WHERE d."ClientId" = k."ClientId" AND d."Day" = k."Day"
        """;

    public static readonly string InsertRowsSql = ClientBankDaysSql.InsertDaysSql("""unnest(@clients, @days) AS k("ClientId", "Day")""");

    public static readonly string AddDaysToMonthsSql = ClientBankMonthsSql.AddDaysToMonthsSql(1);

    public const string DeleteChecksSql = """
        DELETE FROM "ClientBankDayChecks" c
        USING unnest(@clients, @days) AS k("ClientId", "Day")
        WHERE c."ClientId" = k."ClientId" AND c."Day" = k."Day"
        """;

    public string Name => "Client bank days";

    public Task<int> RunOnceAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        QueuedDaysRebuild.RunAsync<ClientDay>(
            db,
            ClaimSql,
            options.Value.BatchSize,
            [SubtractDaysFromMonthsSql, DeleteRowsSql, InsertRowsSql, AddDaysToMonthsSql, DeleteChecksSql],
            claimed =>
            [
                new NpgsqlParameter("clients", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = claimed.Select(c => c.ClientId).ToArray() },
                new NpgsqlParameter("days", NpgsqlDbType.Array | NpgsqlDbType.Date) { Value = claimed.Select(c => c.Day).ToArray() },
            ],
            cancellationToken,
            claimed => OverdrawnStandingRequeue.RunAsync(db, [.. claimed.Select(c => c.ClientId).Distinct()], now, cancellationToken));

    /// <summary>A claimed check: a client and a UTC day of a change to its balance.</summary>
    public sealed class ClientDay
    {
        public int ClientId { get; init; }

        public DateOnly Day { get; init; }
    }
}
