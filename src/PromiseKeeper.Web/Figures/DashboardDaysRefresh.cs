using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Infrastructure.Scheduling;

namespace PromiseKeeper.Web.Figures;

/// <summary>
/// Rebuilds the queued days of the dashboard's summary ("DashboardDays", <see cref="DashboardDaysSql"/>): claims a batch of
/// "DashboardDayChecks" rows (FOR UPDATE SKIP LOCKED: two instances never rebuild the same day), then, in a later statement
/// of the same transaction (so its snapshot sees every change committed before the claim), replaces those days' rows
/// with what <c>dashboard_rows</c> makes of them, rebuilds their months from their days (<see cref="DashboardMonthsSql"/>, under a
/// lock per month and team) and deletes the checks. A change made while a day is being rebuilt waits
/// for this transaction to queue the day again, so it is never lost. Until a day is rebuilt the dashboard counts it live.
/// </summary>
public sealed class DashboardDaysRefresh(PromiseKeeperDbContext db, IOptions<SchedulerOptions> options) : ITimeDrivenWork
{
    public const string ClaimSql = """
        SELECT "Day", "TeamId" FROM "DashboardDayChecks"
        ORDER BY "Day" DESC, "TeamId"
        LIMIT @batch
        FOR UPDATE SKIP LOCKED
        """;

    public const string DeleteRowsSql = """
        DELETE FROM "DashboardDays" d
        USING unnest(@days, @teams) AS k("Day", "TeamId")
        WHERE d."Day" = k."Day" AND d."TeamId" = k."TeamId"
        """;

    public const string InsertRowsSql = $"""
        INSERT INTO "DashboardDays" ("Day", {DashboardDaysSql.ColumnNames})
        SELECT k."Day", r.*
        FROM unnest(@days, @teams) AS k("Day", "TeamId")
        CROSS JOIN LATERAL dashboard_rows(k."Day"::timestamp AT TIME ZONE 'UTC', (k."Day" + 1)::timestamp AT TIME ZONE 'UTC', k."TeamId") AS r
        """;

    public const string DeleteChecksSql = """
        DELETE FROM "DashboardDayChecks" c
        USING unnest(@days, @teams) AS k("Day", "TeamId")
        WHERE c."Day" = k."Day" AND c."TeamId" = k."TeamId"
        """;

    public string Name => "Dashboard days";

    public Task<int> RunOnceAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        QueuedDaysRebuild.RunAsync<DayOfTeam>(
            db,
            ClaimSql,
            options.Value.BatchSize,
            [DeleteRowsSql, InsertRowsSql, DashboardMonthsSql.LockMonthsSql, DashboardMonthsSql.DeleteMonthsSql,
                DashboardMonthsSql.InsertMonthsSql, DeleteChecksSql],
            claimed =>
            [
                new NpgsqlParameter("days", NpgsqlDbType.Array | NpgsqlDbType.Date) { Value = claimed.Select(c => c.Day).ToArray() },
                new NpgsqlParameter("teams", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = claimed.Select(c => c.TeamId).ToArray() },
            ],
            cancellationToken);

    /// <summary>A claimed check: a UTC day of discovery and a team (0: none).</summary>
    public sealed class DayOfTeam
    {
        public DateOnly Day { get; init; }

        public int TeamId { get; init; }
    }
}
