using Microsoft.EntityFrameworkCore;
using Npgsql;
using PromiseKeeper.Domain.Clients;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Clients;

/// <summary>
/// Reads the facts of a client's emotional bank account (<see cref="EmotionalBankAccount"/>) from the incidents, their
/// figures (IncidentFigures), their conversations, prevention measures and check-ins, each read in one SQL statement.
/// An incident that did not apply is no broken promise and moves nothing; a measure is done on time when its UTC day of
/// completion is not after its due date.
/// </summary>
public static class BankAccountReads
{
    /// <summary>Every change of one client's balance, in time order (one statement).</summary>
    public static async Task<IReadOnlyList<BankEntry>> EntriesAsync(PromiseKeeperDbContext db, int clientId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.Database.SqlQuery<FactRow>($"""
            SELECT 'I' AS "Source", i."Id" AS "IncidentId", i."DiscoveredAt" AS "At", f."Severity",
                   coalesce(f."MistakeA", false) AS "ToldLate", coalesce(f."MistakeCount", 0) AS "MistakeCount",
                   coalesce(f."BlameFindingsSent", 0) AS "BlameFindingsSent",
                   CASE WHEN i."Stage" = 'Closed' THEN i."FinishedAt" END AS "ClosedAt",
                   coalesce(c."OfferResponse" = 'Accepted', false) AS "OfferAccepted"
            FROM "Incidents" AS i
            LEFT JOIN "IncidentFigures" AS f ON f."IncidentId" = i."Id"
            LEFT JOIN "IncidentConversations" AS c ON c."IncidentId" = i."Id"
            WHERE i."ClientId" = {clientId} AND i."Stage" <> 'NotApplicable'
            UNION ALL
            SELECT 'M', m."IncidentId", m."DoneAt", NULL, false, 0, 0, NULL, false
            FROM "PreventionMeasures" AS m JOIN "Incidents" AS i ON i."Id" = m."IncidentId"
            WHERE i."ClientId" = {clientId} AND i."Stage" <> 'NotApplicable'
              AND m."Status" = 'Done' AND m."DoneAt" IS NOT NULL AND (m."DoneAt" AT TIME ZONE 'UTC')::date <= m."DueOn"
            UNION ALL
            SELECT 'C', k."IncidentId", k."DoneAt", NULL, false, 0, 0, NULL, false
            FROM "CheckIns" AS k JOIN "Incidents" AS i ON i."Id" = k."IncidentId"
            WHERE i."ClientId" = {clientId} AND i."Stage" <> 'NotApplicable' AND k."IsDone" AND k."DoneAt" IS NOT NULL
            """).ToListAsync(cancellationToken);

        var incidents = rows.Where(r => r.Source == "I").Select(r => new IncidentBankFacts(
            r.IncidentId, r.At, r.Severity is { } s ? Enum.Parse<Severity>(s) : null, r.ToldLate, r.MistakeCount, r.BlameFindingsSent, r.ClosedAt, r.OfferAccepted));
        var kept = rows.Where(r => r.Source != "I").Select(r => new KeptPromiseFacts(
            r.IncidentId, r.At, r.Source == "M" ? BankEntryKind.PromiseKept : BankEntryKind.CheckInDone));
        return EmotionalBankAccount.Entries(incidents, kept);
    }

    /// <summary>
    /// One row per client of <paramref name="clientIds"/>: the counts its balance is a sum of, now and
    /// <see cref="EmotionalBankAccount.TrendDays"/> days ago, added up in SQL from the per-day summary
    /// (<see cref="Figures.ClientBankDaysSql"/>), so the cost follows the days of the client's history, not its incidents. Composable: a caller may add its own
    /// per-client columns (the clients list adds the open incidents it may see) and still send one statement (so the SQL
    /// starts with SELECT: EF composes over it as a subquery).
    /// </summary>
    public static IQueryable<BankTotalsRow> TotalsQuery(PromiseKeeperDbContext db, IReadOnlyCollection<int> clientIds, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clientIds);
        return db.Database.SqlQueryRaw<BankTotalsRow>(
            TotalsSql,
            new NpgsqlParameter("ids", clientIds.Distinct().ToArray()),
            new NpgsqlParameter("now", now),
            new NpgsqlParameter("before", now.AddDays(-EmotionalBankAccount.TrendDays)));
    }

    /// <summary>
    /// <see cref="TotalsQuery"/> for the client of one incident, found in the same SQL, so the incident page can read the
    /// balance inside its first statement (its budget is two, whatever the client holds).
    /// </summary>
    public static IQueryable<BankTotalsRow> TotalsForClientOfIncidentQuery(PromiseKeeperDbContext db, long incidentId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        var sql = TotalsSql.Replace(
            "@ids", "ARRAY(SELECT x.\"ClientId\" FROM \"Incidents\" AS x WHERE x.\"Id\" = @bankIncident)", StringComparison.Ordinal);
        return db.Database.SqlQueryRaw<BankTotalsRow>(
            sql,
            new NpgsqlParameter("bankIncident", incidentId),
            new NpgsqlParameter("now", now),
            new NpgsqlParameter("before", now.AddDays(-EmotionalBankAccount.TrendDays)));
    }

    // The totals over the client ids in @ids (an array), up to @now and up to @before: ClientBankDaysSql's function, which
    // adds the per-day summary and what it reads live (today, queued days, the part of @before's day).
    private const string TotalsSql = """SELECT * FROM client_bank_totals(@ids, @now, @before)""";

    /// <summary>Each client's standing (one statement); a client with nothing recorded has a balance of 0.</summary>
    public static async Task<IReadOnlyDictionary<int, ClientStanding>> StandingsAsync(
        PromiseKeeperDbContext db, IReadOnlyCollection<int> clientIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clientIds);
        var rows = clientIds.Count == 0 ? [] : await TotalsQuery(db, clientIds, now).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.ClientId, r => r.Standing());
    }

    private sealed class FactRow
    {
        public string Source { get; init; } = string.Empty;

        public long IncidentId { get; init; }

        public DateTimeOffset At { get; init; }

        public string? Severity { get; init; }

        public bool ToldLate { get; init; }

        public int MistakeCount { get; init; }

        public int BlameFindingsSent { get; init; }

        public DateTimeOffset? ClosedAt { get; init; }

        public bool OfferAccepted { get; init; }
    }
}

/// <summary>A client's balance, its standing in words and its trend over the last <see cref="EmotionalBankAccount.TrendDays"/> days.</summary>
public sealed record ClientStanding(int Balance, BankStanding Standing, BankTrend Trend);

/// <summary>One client's counts behind its balance, now and <see cref="EmotionalBankAccount.TrendDays"/> days ago (<see cref="BankAccountReads.TotalsQuery"/>).</summary>
public sealed class BankTotalsRow
{
    public int ClientId { get; init; }

    public int Low { get; init; }

    public int Medium { get; init; }

    public int High { get; init; }

    public int Critical { get; init; }

    public int ToldLate { get; init; }

    public int OtherMistakes { get; init; }

    public int Blame { get; init; }

    public int WellHandled { get; init; }

    public int PromisesKept { get; init; }

    public int CheckInsDone { get; init; }

    public int BeforeLow { get; init; }

    public int BeforeMedium { get; init; }

    public int BeforeHigh { get; init; }

    public int BeforeCritical { get; init; }

    public int BeforeToldLate { get; init; }

    public int BeforeOtherMistakes { get; init; }

    public int BeforeBlame { get; init; }

    public int BeforeWellHandled { get; init; }

    public int BeforePromisesKept { get; init; }

    public int BeforeCheckInsDone { get; init; }

    public ClientStanding Standing()
    {
        var balance = EmotionalBankAccount.BalanceOf(new BankAccountTotals(Low, Medium, High, Critical, ToldLate, OtherMistakes, Blame, WellHandled, PromisesKept, CheckInsDone));
        var before = EmotionalBankAccount.BalanceOf(new BankAccountTotals(
            BeforeLow, BeforeMedium, BeforeHigh, BeforeCritical, BeforeToldLate, BeforeOtherMistakes, BeforeBlame, BeforeWellHandled, BeforePromisesKept, BeforeCheckInsDone));
        return new ClientStanding(balance, EmotionalBankAccount.StandingOf(balance), EmotionalBankAccount.TrendOf(balance, before));
    }
}
